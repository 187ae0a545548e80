import type { AmendmentDetail } from "@cni/contracts/amendments";
import { canCirculateAmendment } from "@cni/domain/amendment-outcome";
import { athensToday } from "@cni/domain/dates";
import type { Db } from "../../db/client.ts";
import type { SessionUser } from "../../lib/access.ts";
import { recordAudit } from "../../lib/audit.ts";
import { conflict } from "../../lib/errors.ts";
import { loadPartiesOn } from "../../lib/parties.ts";
import { notifyParties } from "../notices/send.ts";
import { findAmendmentOr404, getAmendment } from "./get-amendment.ts";

/**
 * POST /api/amendments/:id/circulate (the secretariat, a clerical act): one notice to each
 * party as of today, and that list of parties is frozen on the amendment: they are the ones
 * whose consent it needs. A municipality that joins later is not asked.
 */
export async function circulateAmendment(
  db: Db,
  { actor, id }: { actor: SessionUser; id: string },
): Promise<AmendmentDetail> {
  const row = await findAmendmentOr404(db, id);
  if (!canCirculateAmendment(row.status as "proposed")) {
    throw conflict(
      "AMENDMENT_TRANSITION_NOT_ALLOWED",
      `A proposal that is ${row.status} cannot be circulated`,
    );
  }
  const today = athensToday();
  await db.$transaction(async (tx) => {
    const { count } = await tx.amendment.updateMany({
      where: { id, status: "proposed" },
      data: { status: "circulated", circulatedOn: today },
    });
    if (count === 0) throw conflict("AMENDMENT_TRANSITION_NOT_ALLOWED", "Already circulated");
    const parties = await loadPartiesOn(tx, today);
    await tx.amendmentParty.createMany({
      data: parties.map((municipalityId) => ({ amendmentId: id, municipalityId })),
    });
    await tx.amendmentStatusChange.create({
      data: { amendmentId: id, status: "circulated", byId: actor.id },
    });
    const recipients = await notifyParties(tx, {
      kind: "amendment",
      event: "circulated",
      subjectMunicipalityId: null,
      partiesOn: today,
      recipients: parties,
      amendmentId: id,
    });
    await recordAudit(tx, {
      actor,
      action: "amendment.circulate",
      entityType: "amendment",
      entityId: id,
      summary: `Circulated the amendment "${row.title}" to ${parties.length} parties`,
      before: { status: "proposed" },
      after: { status: "circulated", circulatedOn: today, parties, recipients },
    });
  });
  return getAmendment(db, { actor, id });
}
