import type { ReviewSummary } from "@cni/contracts/reviews";
import { reviewCyclesThrough } from "@cni/domain/review-cycles";
import type { Db } from "../../db/client.ts";
import { loadMembershipFacts } from "../../lib/parties.ts";
import { frozenReport, liveCounts, type ReviewOptions, summarize } from "./review-cycle.ts";

/** GET /api/reviews: every cycle whose period has started by `today`, oldest first. */
export async function listReviews(db: Db, opts: ReviewOptions): Promise<ReviewSummary[]> {
  const cycles = reviewCyclesThrough(opts.today);
  if (cycles.length === 0) return [];
  const [rows, facts] = await Promise.all([
    db.reviewCycle.findMany({ where: { dueOn: { in: cycles.map((c) => c.dueOn) } } }),
    loadMembershipFacts(db),
  ]);
  const rowByDue = new Map(rows.map((r) => [r.dueOn, r]));
  return Promise.all(
    cycles.map(async (cycle) => {
      const row = rowByDue.get(cycle.dueOn) ?? null;
      const counts = frozenReport(row, opts.today)
        ? { expected: 0, submitted: 0 }
        : await liveCounts(db, cycle, facts, opts.today);
      return summarize(cycle, row, opts, counts);
    }),
  );
}
