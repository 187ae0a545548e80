// The MoU says only that the course of the cooperation is evaluated «ανά διετία» (every two
// years); it sets no start date, window or form. The anchor 2024-06-17 (the date in the text
// of the 2024 update) and the cycles are the network's practice (docs/domain.md): the cycle
// due on 2026-06-17 covers 2024-06-17 … 2026-06-16, and so on.
import { addCalendarDays, formatIsoDate, type IsoDate, isIsoDate, parseIsoDate } from "./dates.ts";
import type { ReviewStatus } from "./enums.ts";

export const REVIEW_ANCHOR: IsoDate = "2024-06-17";
export const REVIEW_INTERVAL_YEARS = 2;
/** How long before the due date evaluations can be submitted, unless opened earlier. */
export const DEFAULT_REVIEW_OPEN_DAYS_BEFORE = 60;

export interface ReviewCycle {
  dueOn: IsoDate;
  /** First day of the two years under review (the previous due date, or the anchor). */
  periodStart: IsoDate;
  /** Last day under review: the day before `dueOn`. */
  periodEnd: IsoDate;
}

// The anchor is 17 June, so "same day N years later" always exists (no 29 February).
const anchor = parseIsoDate(REVIEW_ANCHOR);

/** The n-th cycle (n ≥ 1): the first is due two years after the anchor. */
function cycleNumber(n: number): ReviewCycle {
  const startYear = anchor.year + REVIEW_INTERVAL_YEARS * (n - 1);
  const dueOn = formatIsoDate(startYear + REVIEW_INTERVAL_YEARS, anchor.month, anchor.day);
  return {
    dueOn,
    periodStart: formatIsoDate(startYear, anchor.month, anchor.day),
    periodEnd: addCalendarDays(dueOn, -1),
  };
}

/** The number of the cycle whose period contains `on` (0 before the anchor). */
function cycleNumberContaining(on: IsoDate): number {
  const { year, month, day } = parseIsoDate(on);
  const beforeAnniversary = month < anchor.month || (month === anchor.month && day < anchor.day);
  const yearsSinceAnchor = year - anchor.year - (beforeAnniversary ? 1 : 0);
  if (yearsSinceAnchor < 0) return 0;
  return Math.floor(yearsSinceAnchor / REVIEW_INTERVAL_YEARS) + 1;
}

/** The cycle due on `dueOn`, or null if that is not a review due date. */
export function reviewCycleByDueOn(dueOn: IsoDate): ReviewCycle | null {
  if (!isIsoDate(dueOn)) return null;
  const { year, month, day } = parseIsoDate(dueOn);
  const years = year - anchor.year;
  if (month !== anchor.month || day !== anchor.day) return null;
  if (years <= 0 || years % REVIEW_INTERVAL_YEARS !== 0) return null;
  return cycleNumber(years / REVIEW_INTERVAL_YEARS);
}

/** The cycle whose period contains `on` (periodStart ≤ on ≤ periodEnd); null before the anchor. */
export function currentReviewCycle(on: IsoDate): ReviewCycle | null {
  const n = cycleNumberContaining(on);
  return n === 0 ? null : cycleNumber(n);
}

/** Every cycle whose period has started by `on`, oldest first (the current one last). */
export function reviewCyclesThrough(on: IsoDate): ReviewCycle[] {
  const last = cycleNumberContaining(on);
  return Array.from({ length: last }, (_, i) => cycleNumber(i + 1));
}

export interface ReviewStatusOptions {
  /** Days before `dueOn` from which the review is open; default 60. */
  openDaysBefore?: number;
  /** When the coordinators closed the review; null while not closed. */
  closedOn: IsoDate | null;
  /** When the coordinators opened it early, if they did. */
  openedOn?: IsoDate | null;
}

/**
 * closed from `closedOn` on; otherwise overdue from the day after `dueOn` (the due date
 * itself is still open); open from `dueOn − openDaysBefore` or from `openedOn`, whichever
 * is earlier; upcoming before that.
 */
export function reviewStatusOn(
  cycle: ReviewCycle,
  on: IsoDate,
  opts: ReviewStatusOptions,
): ReviewStatus {
  if (opts.closedOn != null && opts.closedOn <= on) return "closed";
  if (on > cycle.dueOn) return "overdue";
  if (
    on >= reviewOpensOn(cycle, opts.openDaysBefore) ||
    (opts.openedOn != null && opts.openedOn <= on)
  )
    return "open";
  return "upcoming";
}

/** The first day a cycle is open without being opened early. */
export function reviewOpensOn(
  cycle: ReviewCycle,
  openDaysBefore: number = DEFAULT_REVIEW_OPEN_DAYS_BEFORE,
): IsoDate {
  return addCalendarDays(cycle.dueOn, -openDaysBefore);
}
