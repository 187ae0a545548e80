// Who takes part in a review cycle.
//
// A participant of the cycle is a municipality that was a party to the MoU (a member, or a
// withdrawing member whose withdrawal was not yet effective: `isPartyOn`) on AT LEAST ONE
// DAY of [periodStart, min(periodEnd, asOf)], each day judged with the facts as they stood
// on that day. So:
// - the 16 "on or before 2024-06-17" members count from 2024-06-17, the first day of the
//   first cycle;
// - a municipality that withdrew during the period takes part (it was a party for part of it);
// - one that joined during the period takes part; one that joined after it ended does not;
// - while a period is still running, the participants are those known so far (asOf).
import { addCalendarDays, type IsoDate } from "@cni/domain/dates";
import { isPartyOn, type MembershipFacts } from "@cni/domain/membership";
import type { ReviewCycle } from "@cni/domain/review-cycles";
import { withdrawalEffectiveOn } from "@cni/domain/withdrawal";

/**
 * True if the municipality was a party on some day of [from, to]. Membership status only
 * changes on the dates of its facts, so checking `from` and every fact date inside the
 * window is exact (no day-by-day loop).
 */
export function wasPartyDuring(facts: MembershipFacts, from: IsoDate, to: IsoDate): boolean {
  if (to < from) return false;
  const days = new Set<IsoDate>([from]);
  const consider = (d: IsoDate | null | undefined) => {
    if (d && d > from && d <= to) days.add(d);
  };
  for (const p of facts.periods) {
    consider(p.startsOn);
    consider(p.startsOnOrBefore);
  }
  for (const w of facts.withdrawals) {
    consider(w.notifiedOn);
    consider(withdrawalEffectiveOn(w.notifiedOn));
    consider(w.rescindedOn);
  }
  for (const day of days) if (isPartyOn(facts, day)) return true;
  return false;
}

/** The last day of the cycle's period that is already known on `asOf`. */
export function windowEnd(cycle: ReviewCycle, asOf: IsoDate): IsoDate {
  return asOf < cycle.periodEnd ? asOf : cycle.periodEnd;
}

/** The participants of a cycle as known on `asOf`, sorted by id. */
export function participantsOf(
  facts: Map<string, MembershipFacts>,
  cycle: ReviewCycle,
  asOf: IsoDate,
): string[] {
  const end = windowEnd(cycle, asOf);
  return [...facts.entries()]
    .filter(([, f]) => wasPartyDuring(f, cycle.periodStart, end))
    .map(([id]) => id)
    .sort();
}

/**
 * The day a participant's powers are judged on when it evaluates: today while it is a
 * party; for one that has withdrawn since, its last day as a party (it still evaluates the
 * period it took part in, by the accounts that could act for it then).
 */
export function lastDayAsPartyBy(facts: MembershipFacts, today: IsoDate): IsoDate {
  if (isPartyOn(facts, today)) return today;
  const ends = facts.withdrawals
    .map((w) => ({ effectiveOn: withdrawalEffectiveOn(w.notifiedOn), rescindedOn: w.rescindedOn }))
    .filter((w) => w.effectiveOn <= today && !(w.rescindedOn && w.rescindedOn < w.effectiveOn))
    .map((w) => addCalendarDays(w.effectiveOn, -1))
    .sort();
  return ends.at(-1) ?? today;
}
