import type { IsoDate } from "@cni/domain/dates";
import type { Db } from "../../db/client.ts";
import type { SessionUser } from "../../lib/access.ts";
import { recordAudit } from "../../lib/audit.ts";
import { loadMembershipFacts } from "../../lib/parties.ts";
import { notifyParties } from "../notices/send.ts";
import {
  assertAcceptsEvaluations,
  findCycleOr404,
  liveCounts,
  type ReviewOptions,
  statusOf,
} from "./review-cycle.ts";

/**
 * POST /api/reviews/:dueOn/reminders (coordinator): a reminder notice to each participant
 * that has not submitted.
 */
export async function remindReview(
  db: Db,
  { actor, dueOn, ...opts }: { actor: SessionUser; dueOn: IsoDate } & ReviewOptions,
): Promise<{ recipients: string[] }> {
  const cycle = findCycleOr404(dueOn, opts.today);
  const facts = await loadMembershipFacts(db);
  return db.$transaction(async (tx) => {
    const row = await tx.reviewCycle.findUnique({ where: { dueOn: cycle.dueOn } });
    assertAcceptsEvaluations(statusOf(cycle, row, opts));
    const live = await liveCounts(tx, cycle, facts, opts.today);
    const missing = live.participants.filter((id) => !live.submittedIds.has(id));
    if (missing.length === 0) return { recipients: [] };
    const recipients = await notifyParties(tx, {
      kind: "review",
      event: "reminder",
      subjectMunicipalityId: null,
      partiesOn: opts.today,
      recipients: missing,
      reviewDueOn: cycle.dueOn,
    });
    await recordAudit(tx, {
      actor,
      action: "review.remind",
      entityType: "review",
      entityId: cycle.dueOn,
      summary: `Sent a reminder for the review due ${cycle.dueOn} to ${recipients.length} participants`,
      after: { recipients },
    });
    return { recipients };
  });
}
