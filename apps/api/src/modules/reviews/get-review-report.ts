import type { ReviewReport } from "@cni/contracts/reviews";
import type { IsoDate } from "@cni/domain/dates";
import type { Db } from "../../db/client.ts";
import type { SessionUser } from "../../lib/access.ts";
import { buildReport } from "./report.ts";
import { frozenReport, loadCycle, type ReviewOptions } from "./review-cycle.ts";

/** GET /api/reviews/:dueOn/report: the frozen report, or a live preview while not closed. */
export async function getReviewReport(
  db: Db,
  { dueOn, today, openDaysBefore }: { actor: SessionUser; dueOn: IsoDate } & ReviewOptions,
): Promise<ReviewReport> {
  const opts = { today, openDaysBefore };
  const { cycle, row, status } = await loadCycle(db, dueOn, opts);
  const frozen = frozenReport(row, opts.today);
  if (frozen) return frozen;
  return buildReport(db, cycle, {
    asOf: opts.today,
    status,
    frozen: false,
    generatedAt: new Date(),
  });
}
