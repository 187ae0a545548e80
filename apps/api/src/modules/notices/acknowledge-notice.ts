import type { Notice } from "@cni/contracts/notices";
import type { Db } from "../../db/client.ts";
import type { SessionUser } from "../../lib/access.ts";
import { recordAudit } from "../../lib/audit.ts";
import { forbidden, notFound } from "../../lib/errors.ts";
import { assertRepresentativePower } from "../../lib/powers.ts";
import { NOTICE_INCLUDE, toNotice } from "./notice-row.ts";
import { OWN_AFFAIRS_EVENTS } from "./send.ts";

/**
 * POST /api/notices/:id/acknowledge: the recipient's officer, or its current representative
 * or alternate (lib/powers.ts), acknowledges a notice; any coordinator acknowledges one
 * addressed to the coordinators, for all of them. Idempotent: a repeat returns the notice as
 * first acknowledged (same instant and person; no new audit entry). A notice addressed to
 * another municipality (or, for a municipality's user, to the coordinators) is a 404; a
 * coordinator does not acknowledge for a party (403).
 */
export async function acknowledgeNotice(
  db: Db,
  { actor, id }: { actor: SessionUser; id: string },
): Promise<Notice> {
  const existing = await db.notice.findUnique({ where: { id }, include: NOTICE_INCLUDE });
  if (!existing) throw notFound("Notice");
  const recipient = existing.recipientMunicipalityId;
  if (actor.role === "coordinator") {
    if (recipient !== null) throw forbidden("A party acknowledges its own notices");
  } else {
    if (recipient === null || recipient !== actor.municipalityId) throw notFound("Notice");
    // a notice about the municipality's own affairs is its officer's even before it is a
    // party (its declaration returned); a party's notice is the officer's or the current
    // representative's or alternate's (not a former one)
    if (!(OWN_AFFAIRS_EVENTS.has(existing.event) && actor.role === "officer")) {
      await assertRepresentativePower(db, actor, recipient, { officerToo: true });
    }
  }
  if (existing.acknowledgedAt) return toNotice(existing);
  await db.$transaction(async (tx) => {
    const now = new Date();
    const updated = await tx.notice.updateMany({
      where: { id, acknowledgedAt: null },
      data: { acknowledgedAt: now, acknowledgedById: actor.id },
    });
    if (updated.count === 0) return; // acknowledged by someone else meanwhile
    await recordAudit(tx, {
      actor,
      action: "notice.acknowledge",
      entityType: "notice",
      entityId: id,
      summary: `${recipient ?? "The coordinators"} acknowledged the ${existing.kind} ${existing.event} notice about ${existing.subjectMunicipalityId ?? "the network"}`,
      after: { acknowledgedAt: now.toISOString() },
    });
  });
  const row = await db.notice.findUniqueOrThrow({ where: { id }, include: NOTICE_INCLUDE });
  return toNotice(row);
}
