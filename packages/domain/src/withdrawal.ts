// MoU rule 4: a withdrawal becomes effective fifteen calendar days after it is notified to
// the other parties. The notification date is a calendar date in Athens.
import { addCalendarDays, athensDateOf, daysBetween, type IsoDate } from "./dates.ts";
import type { WithdrawalStatus } from "./enums.ts";

export const WITHDRAWAL_NOTICE_DAYS = 15;

/** The date the withdrawal takes effect: notification date + 15 calendar days. */
export function withdrawalEffectiveOn(notifiedOn: IsoDate): IsoDate {
  return addCalendarDays(notifiedOn, WITHDRAWAL_NOTICE_DAYS);
}

/** As above, for a notification recorded as an instant: its Athens date + 15 days. */
export function withdrawalEffectiveOnFromInstant(notifiedAt: Date): IsoDate {
  return withdrawalEffectiveOn(athensDateOf(notifiedAt));
}

export interface WithdrawalDates {
  effectiveOn: IsoDate;
  rescindedOn: IsoDate | null;
}

/**
 * Status as of a day: rescinded from the rescission date on; effective from the effective
 * date on; pending before that (the municipality is then 'withdrawing').
 */
export function withdrawalStatusOn(w: WithdrawalDates, on: IsoDate): WithdrawalStatus {
  if (w.rescindedOn !== null && w.rescindedOn <= on) return "rescinded";
  if (on >= w.effectiveOn) return "effective";
  return "pending";
}

/** Calendar days left until the withdrawal takes effect; 0 on and after the effective date. */
export function daysUntilEffective(w: { effectiveOn: IsoDate }, on: IsoDate): number {
  return Math.max(0, daysBetween(on, w.effectiveOn));
}

/** A withdrawal may be rescinded only while it is pending (API: after effect → 409). */
export function canRescindWithdrawal(w: WithdrawalDates, on: IsoDate): boolean {
  return withdrawalStatusOn(w, on) === "pending";
}
