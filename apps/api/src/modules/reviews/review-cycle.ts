// A review cycle as the use cases see it on a day: the cycle (derived from the
// 2024-06-17 anchor, packages/domain), its stored row (opened, closed, frozen report),
// its status, and the live counts of participants and submissions.
//
// Opening: a cycle is open from `dueOn − CNI_REVIEW_OPEN_DAYS_BEFORE` days on its own, and
// evaluations can be submitted from then. The "opened" notices are sent only when a
// coordinator opens the cycle explicitly (POST /open): early, or on/after the start of the
// window. That happens at most once per cycle (ReviewCycle.openedAt), so it is deterministic
// and never depends on who happens to read the cycle first.
import type { ReviewReport, ReviewSummary } from "@cni/contracts/reviews";
import { athensDateOf, type IsoDate } from "@cni/domain/dates";
import type { MembershipFacts } from "@cni/domain/membership";
import {
  type ReviewCycle,
  reviewCycleByDueOn,
  reviewOpensOn,
  reviewStatusOn,
} from "@cni/domain/review-cycles";
import type { Db, Tx } from "../../db/client.ts";
import { conflict, notFound } from "../../lib/errors.ts";
import { participantsOf } from "./participants.ts";
import { evaluationsKnownOn } from "./report.ts";

export type CycleRow = {
  dueOn: string;
  openedAt: Date | null;
  closedAt: Date | null;
  reportJson: string | null;
};

export type ReviewOptions = {
  /** The day the question is asked (Athens date): today, or `?asOf=` on reads. */
  today: IsoDate;
  openDaysBefore: number;
};

const dateOf = (at: Date | null) => (at ? athensDateOf(at) : null);

export function statusOf(cycle: ReviewCycle, row: CycleRow | null, opts: ReviewOptions) {
  return reviewStatusOn(cycle, opts.today, {
    openDaysBefore: opts.openDaysBefore,
    closedOn: dateOf(row?.closedAt ?? null),
    openedOn: dateOf(row?.openedAt ?? null),
  });
}

/** The frozen report, if the cycle was closed on or before `today`. */
export function frozenReport(row: CycleRow | null, today: IsoDate): ReviewReport | null {
  if (!row?.closedAt || !row.reportJson || athensDateOf(row.closedAt) > today) return null;
  return JSON.parse(row.reportJson) as ReviewReport;
}

/** A review due date whose period has started by `today`; anything else is 404. */
export function findCycleOr404(dueOn: IsoDate, today: IsoDate): ReviewCycle {
  const cycle = reviewCycleByDueOn(dueOn);
  if (!cycle || cycle.periodStart > today) throw notFound("Review cycle");
  return cycle;
}

/** The cycle, its stored row (if any) and its status on `opts.today`; 404 if not started. */
export async function loadCycle(db: Db | Tx, dueOn: IsoDate, opts: ReviewOptions) {
  const cycle = findCycleOr404(dueOn, opts.today);
  const row = await db.reviewCycle.findUnique({ where: { dueOn: cycle.dueOn } });
  return { cycle, row, status: statusOf(cycle, row, opts) };
}

/** 409 unless the cycle takes evaluations (and reminders, and closing) in this status. */
export function assertAcceptsEvaluations(status: string) {
  if (status === "closed") throw conflict("REVIEW_CLOSED", "This review is closed");
  if (status === "upcoming") {
    throw conflict("REVIEW_NOT_OPEN", "This review is not open for evaluations yet");
  }
}

export function summarize(
  cycle: ReviewCycle,
  row: CycleRow | null,
  opts: ReviewOptions,
  counts: { expected: number; submitted: number },
): ReviewSummary {
  const frozen = frozenReport(row, opts.today);
  const visibleRow = row && {
    openedAt: row.openedAt && athensDateOf(row.openedAt) <= opts.today ? row.openedAt : null,
    closedAt: frozen ? row.closedAt : null,
  };
  return {
    ...cycle,
    status: statusOf(cycle, row, opts),
    opensOn: reviewOpensOn(cycle, opts.openDaysBefore),
    expected: frozen ? frozen.expected : counts.expected,
    submitted: frozen ? frozen.submitted : counts.submitted,
    openedAt: visibleRow?.openedAt?.toISOString() ?? null,
    closedAt: visibleRow?.closedAt?.toISOString() ?? null,
  };
}

/** Live counts: participants as of `today` and how many of them have submitted by then. */
export async function liveCounts(
  db: Db | Tx,
  cycle: ReviewCycle,
  facts: Map<string, MembershipFacts>,
  today: IsoDate,
) {
  const participants = participantsOf(facts, cycle, today);
  const submittedIds = new Set(
    (await evaluationsKnownOn(db, cycle.dueOn, today)).map((e) => e.municipalityId),
  );
  return {
    participants,
    submittedIds,
    expected: participants.length,
    submitted: participants.filter((id) => submittedIds.has(id)).length,
  };
}
