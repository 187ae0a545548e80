// MoU, article on duration: a party's written declaration «καθίσταται ενεργή δέκα πέντε (15)
// ημερολογιακές ημέρες μετά την κοινοποίησή της στα άλλα μέρη». Counted as the Greek Civil
// Code counts periods in days (arts 240–241): the day of the notification is not counted,
// the period starts the next day and ends when its 15th day has passed entirely. So for a
// notification on day N the municipality is still a party through N + 15 and is no longer
// one from N + 16. The dates are Athens calendar dates: pure day arithmetic, no clock.
import { addCalendarDays, athensDateOf, daysBetween, type IsoDate, parseIsoDate } from "./dates.ts";
import type { WithdrawalStatus } from "./enums.ts";

export const WITHDRAWAL_NOTICE_DAYS = 15;

export interface WithdrawalDeadline {
  /** The last day the municipality is a party: N + 15. */
  lastDayAsParty: IsoDate;
  /** The first day it is no longer a party (status `former`): N + 16. */
  effectiveOn: IsoDate;
}

/** The one rule: notified on N → party through N + 15, former from N + 16. */
export function withdrawalDeadline(notifiedOn: IsoDate): WithdrawalDeadline {
  return {
    lastDayAsParty: addCalendarDays(notifiedOn, WITHDRAWAL_NOTICE_DAYS),
    effectiveOn: addCalendarDays(notifiedOn, WITHDRAWAL_NOTICE_DAYS + 1),
  };
}

/** The first day the municipality is no longer a party: N + 16. */
export function withdrawalEffectiveOn(notifiedOn: IsoDate): IsoDate {
  return withdrawalDeadline(notifiedOn).effectiveOn;
}

/** For a notification recorded as an instant: counted from its Athens date. */
export function withdrawalDeadlineFromInstant(notifiedAt: Date): WithdrawalDeadline {
  return withdrawalDeadline(athensDateOf(notifiedAt));
}

/** What the status of a withdrawal depends on. `notifiedOn` is null while it is a draft. */
export interface WithdrawalState {
  notifiedOn: IsoDate | null;
  rescindedOn: IsoDate | null;
}

/**
 * Status as of a day: draft until notified; rescinded from the revocation on; effective
 * from N + 16; pending (the municipality is `withdrawing`, still a party) in between.
 */
export function withdrawalStatusOn(w: WithdrawalState, on: IsoDate): WithdrawalStatus {
  if (w.notifiedOn === null) return "draft";
  if (w.rescindedOn !== null && w.rescindedOn <= on) return "rescinded";
  return on >= withdrawalEffectiveOn(w.notifiedOn) ? "effective" : "pending";
}

/** Calendar days from `on` to the first day of effect; 0 on and after it. */
export function daysUntilEffective(notifiedOn: IsoDate, on: IsoDate): number {
  return Math.max(0, daysBetween(on, withdrawalEffectiveOn(notifiedOn)));
}

/**
 * A notified withdrawal can be revoked through its last day as a party (a revocation is an
 * act of the municipality, notified to the parties; after that day it is too late).
 */
export function canRescindWithdrawalOn(w: WithdrawalState, on: IsoDate): boolean {
  return (
    w.notifiedOn !== null &&
    w.rescindedOn === null &&
    on >= w.notifiedOn &&
    on <= withdrawalDeadline(w.notifiedOn).lastDayAsParty
  );
}

/** 'DD/MM/YYYY', the way dates are shown to people in both languages. */
export function dayMonthYear(date: IsoDate): string {
  const { year, month, day } = parseIsoDate(date);
  return `${String(day).padStart(2, "0")}/${String(month).padStart(2, "0")}/${year}`;
}

/**
 * The sentence every text uses for a notified withdrawal, so that no reader can take the
 * last day as a party for the first day of effect (or the reverse).
 */
export function withdrawalDatesText(lang: "el" | "en", d: WithdrawalDeadline): string {
  const last = dayMonthYear(d.lastDayAsParty);
  const from = dayMonthYear(d.effectiveOn);
  return lang === "el"
    ? `μέλος έως και τις ${last} · η αποχώρηση ισχύει από ${from}`
    : `member through ${last}, former from ${from}`;
}
