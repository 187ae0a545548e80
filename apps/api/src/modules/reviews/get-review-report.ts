import type { ReviewReport } from "@cni/contracts/reviews";
import type { IsoDate } from "@cni/domain/dates";
import type { Db } from "../../db/client.ts";
import type { SessionUser } from "../../lib/access.ts";
import { buildReport } from "./report.ts";
import { frozenReport, loadCycle, type ReviewOptions } from "./review-cycle.ts";

/**
 * While the cycle is open, each party sees only its own evaluation: the others' scores and
 * texts (and the per-pillar figures, from which a score can be worked out) are for the
 * coordinators until the cycle is closed, so no party answers in the light of the others.
 */
function liveViewOf(report: ReviewReport, actor: SessionUser): ReviewReport {
  if (actor.role === "coordinator") return report;
  return {
    ...report,
    evaluations: report.evaluations.filter((e) => e.municipalityId === actor.municipalityId),
    scores: report.scores.map((s) => ({
      ...s,
      distribution: [0, 0, 0, 0, 0],
      count: 0,
      mean: null,
    })),
  };
}

/** GET /api/reviews/:dueOn/report: the frozen report, or a live preview while not closed. */
export async function getReviewReport(
  db: Db,
  { actor, dueOn, today, openDaysBefore }: { actor: SessionUser; dueOn: IsoDate } & ReviewOptions,
): Promise<ReviewReport> {
  const opts = { today, openDaysBefore };
  const { cycle, row, status } = await loadCycle(db, dueOn, opts);
  const frozen = frozenReport(row, opts.today);
  if (frozen) return frozen;
  const live = await buildReport(db, cycle, {
    asOf: opts.today,
    status,
    frozen: false,
    generatedAt: new Date(),
  });
  return liveViewOf(live, actor);
}
