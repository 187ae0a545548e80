import type { AmendmentBody, AmendmentDetail } from "@cni/contracts/amendments";
import { athensToday } from "@cni/domain/dates";
import type { Db } from "../../db/client.ts";
import type { SessionUser } from "../../lib/access.ts";
import { recordAudit } from "../../lib/audit.ts";
import { forbidden, unprocessable } from "../../lib/errors.ts";
import { isParty } from "../../lib/parties.ts";
import { assertRepresentativePower } from "../../lib/powers.ts";
import { notifyParties } from "../notices/send.ts";
import { getAmendment } from "./get-amendment.ts";
import { MOU_CLAUSE_IDS } from "./mou-text.ts";

/**
 * POST /api/amendments: the current representative or alternate of a party proposes a change
 * to a clause → proposed; every party is told of the proposal. The MoU gives this power to
 * the parties' representatives («υποβάλλουν προτάσεις στα μέρη»): it follows the designation,
 * so an account that was once designated, or has the role without a designation, gets 403.
 */
export async function proposeAmendment(
  db: Db,
  { actor, body }: { actor: SessionUser; body: Required<AmendmentBody> },
): Promise<AmendmentDetail> {
  const today = athensToday();
  const municipalityId = actor.municipalityId;
  if (!municipalityId || !(await isParty(db, municipalityId, today))) {
    throw forbidden("Only the representatives of the parties can propose amendments");
  }
  await assertRepresentativePower(db, actor, municipalityId, { day: today });
  if (!MOU_CLAUSE_IDS.has(body.clause)) {
    throw unprocessable("UNKNOWN_CLAUSE", "The MoU has no clause with this id", [
      { path: "clause", message: "Choose a clause of the MoU", code: "UNKNOWN_CLAUSE" },
    ]);
  }
  const id = await db.$transaction(async (tx) => {
    const created = await tx.amendment.create({
      data: { ...body, status: "proposed", proposerId: actor.id, municipalityId },
    });
    await tx.amendmentStatusChange.create({
      data: { amendmentId: created.id, status: "proposed", byId: actor.id, at: created.createdAt },
    });
    const recipients = await notifyParties(tx, {
      kind: "amendment",
      event: "proposed",
      subjectMunicipalityId: null,
      partiesOn: today,
      amendmentId: created.id,
    });
    await recordAudit(tx, {
      actor,
      action: "amendment.propose",
      entityType: "amendment",
      entityId: created.id,
      summary: `Proposed an amendment to ${body.clause} ("${body.title}"); notified ${recipients.length} parties`,
      after: { status: "proposed", clause: body.clause, title: body.title, recipients },
    });
    return created.id;
  });
  return getAmendment(db, { actor, id });
}
