import type { ReviewReport } from "@cni/contracts/reviews";
import type { IsoDate } from "@cni/domain/dates";
import type { Db } from "../../db/client.ts";
import type { SessionUser } from "../../lib/access.ts";
import { recordAudit } from "../../lib/audit.ts";
import { buildReport } from "./report.ts";
import {
  assertAcceptsEvaluations,
  findCycleOr404,
  type ReviewOptions,
  statusOf,
} from "./review-cycle.ts";

/** POST /api/reviews/:dueOn/close (coordinator): freezes the cycle and stores its report. */
export async function closeReview(
  db: Db,
  { actor, dueOn, ...opts }: { actor: SessionUser; dueOn: IsoDate } & ReviewOptions,
): Promise<ReviewReport> {
  const cycle = findCycleOr404(dueOn, opts.today);
  return db.$transaction(async (tx) => {
    const row = await tx.reviewCycle.findUnique({ where: { dueOn: cycle.dueOn } });
    assertAcceptsEvaluations(statusOf(cycle, row, opts));
    const closedAt = new Date();
    const report = await buildReport(tx, cycle, {
      asOf: opts.today,
      status: "closed",
      frozen: true,
      generatedAt: closedAt,
    });
    const data = { closedAt, closedById: actor.id, reportJson: JSON.stringify(report) };
    await tx.reviewCycle.upsert({
      where: { dueOn: cycle.dueOn },
      create: { dueOn: cycle.dueOn, ...data },
      update: data,
    });
    await recordAudit(tx, {
      actor,
      action: "review.close",
      entityType: "review",
      entityId: cycle.dueOn,
      summary: `Closed the review due ${cycle.dueOn}: ${report.submitted} of ${report.expected} participants submitted`,
      before: { status: statusOf(cycle, row, opts) },
      after: { status: "closed", expected: report.expected, submitted: report.submitted },
    });
    return report;
  });
}
