// Verifying a self-registered officer is a coordinator's act (e.g. after calling the
// municipality's switchboard): recorded in the audit log, the person told by e-mail (SMTP
// configured) and in the portal. Refusing ends the person's sessions at once.
import type { Db } from "../../db/client.ts";
import type { SessionUser } from "../../lib/access.ts";
import { recordAudit } from "../../lib/audit.ts";
import { conflict } from "../../lib/errors.ts";
import { notifyMunicipality } from "../notices/send.ts";
import { verificationOutcome } from "../registrations/account-emails.ts";
import { findAccountOr404, toAccount } from "./account-row.ts";

/** POST /api/users/:id/verify — pending → verified (409 ALREADY_VERIFIED otherwise). */
export async function verifyUser(db: Db, { actor, id }: { actor: SessionUser; id: string }) {
  return db.$transaction(async (tx) => {
    const before = await findAccountOr404(tx, id);
    if (before.verification === "verified") {
      throw conflict("ALREADY_VERIFIED", "This account is already verified");
    }
    await tx.user.update({
      where: { id },
      data: {
        verification: "verified",
        verifiedAt: new Date(),
        verifiedById: actor.id,
        refusalReason: null,
      },
    });
    await recordAudit(tx, {
      actor,
      action: "user.verify",
      entityType: "user",
      entityId: id,
      summary: `${actor.email} verified ${before.email} as officer of ${before.municipality?.nameEl ?? "no municipality"}`,
      before: { verification: before.verification },
      after: { verification: "verified" },
    });
    await verificationOutcome(tx, before.email, { verified: true });
    // and in the portal: the inbox of the person's municipality names them (decision 090)
    if (before.municipalityId) {
      await notifyMunicipality(tx, {
        kind: "registration",
        event: "verified",
        recipientMunicipalityId: before.municipalityId,
        subjectUserId: id,
      });
    }
    return toAccount(await findAccountOr404(tx, id));
  });
}

/**
 * POST /api/users/:id/refuse — a pending registration is refused with a reason, which the
 * person is told; the account can no longer sign in (its sessions end).
 */
export async function refuseUser(
  db: Db,
  { actor, id, reason }: { actor: SessionUser; id: string; reason: string },
) {
  return db.$transaction(async (tx) => {
    const before = await findAccountOr404(tx, id);
    if (before.verification !== "pending") {
      throw conflict(
        "ALREADY_VERIFIED",
        "Only a registration waiting for verification can be refused",
      );
    }
    await tx.user.update({
      where: { id },
      data: { verification: "refused", refusalReason: reason, verifiedById: actor.id },
    });
    const ended = (await tx.session.deleteMany({ where: { userId: id } })).count;
    await recordAudit(tx, {
      actor,
      action: "user.refuse",
      entityType: "user",
      entityId: id,
      summary: `${actor.email} refused the registration of ${before.email} (${ended} session(s) ended): ${reason}`,
      before: { verification: before.verification },
      after: { verification: "refused", reason },
    });
    await verificationOutcome(tx, before.email, { verified: false, reason });
    return toAccount(await findAccountOr404(tx, id));
  });
}
