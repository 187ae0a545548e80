import type { AmendmentDetail } from "@cni/contracts/amendments";
import { canWithdrawAmendment } from "@cni/domain/amendment-outcome";
import { athensToday } from "@cni/domain/dates";
import type { Db } from "../../db/client.ts";
import type { SessionUser } from "../../lib/access.ts";
import { recordAudit } from "../../lib/audit.ts";
import { conflict, forbidden } from "../../lib/errors.ts";
import { loadPartyFacts, outcomeOf } from "./amendment-view.ts";
import { findAmendmentOr404, getAmendment } from "./get-amendment.ts";

/**
 * POST /api/amendments/:id/status `{ status: "withdrawn" }`: the proposer withdraws the
 * proposal before an outcome. It is the only status anyone sets: adoption and refusal follow
 * from the parties' answers.
 */
export async function withdrawAmendment(
  db: Db,
  { actor, id, note }: { actor: SessionUser; id: string; note?: string | undefined },
): Promise<AmendmentDetail> {
  const row = await findAmendmentOr404(db, id);
  if (row.proposerId !== actor.id) throw forbidden("Only the proposer can withdraw a proposal");
  const outcome = outcomeOf(row, await loadPartyFacts(db, [row]), athensToday());
  if (!canWithdrawAmendment(outcome.status)) {
    throw conflict(
      "AMENDMENT_TRANSITION_NOT_ALLOWED",
      `A proposal that is ${outcome.status} can no longer be withdrawn`,
    );
  }
  await db.$transaction(async (tx) => {
    // guarded by the stored status, so two concurrent withdrawals write one change
    const { count } = await tx.amendment.updateMany({
      where: { id, status: row.status },
      data: { status: "withdrawn" },
    });
    if (count === 0)
      throw conflict("AMENDMENT_TRANSITION_NOT_ALLOWED", "The proposal changed meanwhile");
    await tx.amendmentStatusChange.create({
      data: { amendmentId: id, status: "withdrawn", note: note ?? null, byId: actor.id },
    });
    await recordAudit(tx, {
      actor,
      action: "amendment.withdraw",
      entityType: "amendment",
      entityId: id,
      summary: `Withdrew the amendment "${row.title}"`,
      before: { status: outcome.status },
      after: { status: "withdrawn" },
    });
  });
  return getAmendment(db, { actor, id });
}
