// Reminders: which ones are due on an Athens calendar day. Pure rules; the API's job
// (apps/api/src/modules/reminders) reads the facts, asks these, and sends each reminder at
// most once per subject. Days are Athens calendar days (addCalendarDays/daysBetween), so a
// DST change or a month/year end never moves a reminder by a day.
import { addCalendarDays, daysBetween, type IsoDate } from "./dates.ts";
import {
  type ReviewCycle,
  type ReviewStatusOptions,
  reviewCyclesThrough,
  reviewStatusOn,
} from "./review-cycles.ts";

/**
 * - unacknowledged_notice: a notice still not acknowledged 7 days after it was sent
 *   (to its recipient: the municipality, or the coordinators)
 * - review_opening: a review cycle has opened (by the calendar) and the participant has not
 *   submitted its evaluation
 * - review_last_weeks: the last two weeks before the due date, still not submitted
 * - declaration_waiting: an accession declaration submitted more than 7 days ago that no
 *   coordinator has checked yet (to the coordinators)
 */
export const REMINDER_KINDS = [
  "unacknowledged_notice",
  "review_opening",
  "review_last_weeks",
  "declaration_waiting",
] as const;
export type ReminderKind = (typeof REMINDER_KINDS)[number];

/** A notice unacknowledged on the 7th day after the day it was sent gets a reminder. */
export const UNACKNOWLEDGED_NOTICE_DAYS = 7;
/** A declaration waiting *more than* 7 days: the reminder goes on the 8th day. */
export const DECLARATION_WAITING_DAYS = 7;
/** The last two weeks of a review: the due date and the 13 days before it. */
export const REVIEW_LAST_WEEKS_DAYS = 14;

/** The first Athens day on which an unacknowledged notice sent on `sentOn` is reminded. */
export function unacknowledgedNoticeReminderFrom(sentOn: IsoDate): IsoDate {
  return addCalendarDays(sentOn, UNACKNOWLEDGED_NOTICE_DAYS);
}

/** True when a notice sent on `sentOn` and not acknowledged is due a reminder on `today`. */
export function isUnacknowledgedNoticeDue(sentOn: IsoDate, today: IsoDate): boolean {
  return daysBetween(sentOn, today) >= UNACKNOWLEDGED_NOTICE_DAYS;
}

/** True when a declaration waiting on a coordinator since `waitingSince` is due on `today`. */
export function isDeclarationWaitingDue(waitingSince: IsoDate, today: IsoDate): boolean {
  return daysBetween(waitingSince, today) > DECLARATION_WAITING_DAYS;
}

/** The first day of a cycle's last two weeks (its due date is the last). */
export function reviewLastWeeksFrom(cycle: ReviewCycle): IsoDate {
  return addCalendarDays(cycle.dueOn, -(REVIEW_LAST_WEEKS_DAYS - 1));
}

/**
 * The cycles a review reminder may concern on `today`: those whose period has started and
 * whose due date is today or later (on a due date, the cycle due that day and the next one).
 */
export function reviewCyclesNotYetDue(today: IsoDate): ReviewCycle[] {
  return reviewCyclesThrough(today).filter((cycle) => cycle.dueOn >= today);
}

/**
 * Which review reminder is due on `today` for a participant that has not submitted:
 * - none unless the cycle is open on `today` (not upcoming, overdue or closed);
 * - `review_last_weeks` from 13 days before the due date through the due date;
 * - `review_opening` earlier in the open window — unless the coordinators opened the cycle
 *   themselves (`openedOn`): the parties then received the "opened" notice already.
 * A run missed on the opening day catches up on a later day of the window.
 */
export function reviewReminderDue(
  cycle: ReviewCycle,
  today: IsoDate,
  opts: ReviewStatusOptions,
): "review_opening" | "review_last_weeks" | null {
  if (reviewStatusOn(cycle, today, opts) !== "open") return null;
  if (today >= reviewLastWeeksFrom(cycle)) return "review_last_weeks";
  return opts.openedOn != null ? null : "review_opening";
}

/**
 * The key that makes a reminder idempotent: one reminder of a kind per key, ever.
 * A review reminder is per cycle and participant; a declaration's per submission (a
 * declaration returned and submitted again waits anew).
 */
export function reminderSubjectKey(
  kind: ReminderKind,
  subject:
    | { noticeId: string }
    | { dueOn: IsoDate; municipalityId: string }
    | { accessionId: string; submittedAt: Date },
): string {
  if ("noticeId" in subject) return `${kind}:${subject.noticeId}`;
  if ("dueOn" in subject) return `${kind}:${subject.dueOn}:${subject.municipalityId}`;
  return `${kind}:${subject.accessionId}:${subject.submittedAt.toISOString()}`;
}
