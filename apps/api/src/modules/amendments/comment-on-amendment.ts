import type { AmendmentDetail } from "@cni/contracts/amendments";
import { canCommentOnAmendment } from "@cni/domain/amendment-outcome";
import { athensToday } from "@cni/domain/dates";
import type { Db } from "../../db/client.ts";
import type { SessionUser } from "../../lib/access.ts";
import { recordAudit } from "../../lib/audit.ts";
import { conflict, forbidden } from "../../lib/errors.ts";
import { loadPartyFacts, outcomeOf } from "./amendment-view.ts";
import { canSeeDiscussion, findAmendmentOr404, getAmendment } from "./get-amendment.ts";

/**
 * POST /api/amendments/:id/comments: the discussion among the parties (their accounts) and
 * the secretariat, while the proposal is open (no outcome, not withdrawn).
 */
export async function commentOnAmendment(
  db: Db,
  { actor, id, body }: { actor: SessionUser; id: string; body: string },
): Promise<AmendmentDetail> {
  const row = await findAmendmentOr404(db, id);
  if (!(await canSeeDiscussion(db, actor))) {
    throw forbidden("Only the accounts of the parties take part in the discussion");
  }
  const outcome = outcomeOf(row, await loadPartyFacts(db, [row]), athensToday());
  if (!canCommentOnAmendment(outcome.status)) {
    throw conflict(
      "AMENDMENT_CLOSED",
      "Comments are closed: the proposal has an outcome or was withdrawn",
    );
  }
  await db.$transaction(async (tx) => {
    const comment = await tx.amendmentComment.create({
      data: { amendmentId: id, authorId: actor.id, body },
    });
    await recordAudit(tx, {
      actor,
      action: "amendment.comment",
      entityType: "amendment",
      entityId: id,
      summary: `Commented on the amendment "${row.title}"`,
      after: { commentId: comment.id },
    });
  });
  return getAmendment(db, { actor, id });
}
