// A municipality's membership status is never stored: it is derived, for any day, from the
// facts (founding or notified accessions, withdrawals, open declarations). That way a
// withdrawal becomes effective on its date without a scheduled job, and `asOf` queries of
// the past are exact. This file is the one place that says whether a municipality is a
// party to the MoU on a day (`isPartyOn`, `partiesOn`).
import { addCalendarDays, type IsoDate } from "./dates.ts";
import type { MembershipStatus } from "./enums.ts";
import { withdrawalEffectiveOn } from "./withdrawal.ts";

/** The network was founded by the MoU of Athens and Thessaloniki on this day. */
export const NETWORK_FOUNDED_ON: IsoDate = "2018-01-04";

export interface MembershipPeriodFact {
  /** Exact start (founding, or the accession's notification date). */
  startsOn: IsoDate | null;
  /** Start known only as a bound (the 16 members "acceded on or before 2024-06-17"). */
  startsOnOrBefore: IsoDate | null;
}

/** A notified withdrawal (drafts are not facts); its dates follow from `notifiedOn`. */
export interface WithdrawalFact {
  notifiedOn: IsoDate;
  rescindedOn: IsoDate | null;
}

export interface ApplicationFact {
  submittedOn: IsoDate;
  /** Accepted or withdrawn on this date; null while the application is open. */
  closedOn: IsoDate | null;
}

export interface MembershipFacts {
  periods: MembershipPeriodFact[];
  withdrawals: WithdrawalFact[];
  applications: ApplicationFact[];
}

export interface MembershipPeriod {
  from: IsoDate | null;
  fromOnOrBefore: IsoDate | null;
  /** First day as a non-member (the withdrawal's effective date); null while open-ended. */
  until: IsoDate | null;
}

export interface MembershipSummary {
  status: MembershipStatus;
  memberSince: IsoDate | null;
  memberSinceOnOrBefore: IsoDate | null;
  /** While withdrawing: the last day as a party (N + 15); when former: the day before. */
  withdrawalLastDayAsParty: IsoDate | null;
  /** While withdrawing: the first day no longer a party (N + 16); when former: that day. */
  withdrawalEffectiveOn: IsoDate | null;
  periods: MembershipPeriod[];
}

interface ResolvedPeriod extends MembershipPeriod {
  /** The date counted as the start: exact, else the "on or before" bound. */
  start: IsoDate;
  /** The withdrawal that ends (or will end) this period, if any. */
  withdrawal: (WithdrawalFact & { effectiveOn: IsoDate }) | null;
}

/**
 * The membership periods as known on `on`: periods that had started by then, each ended by
 * the first withdrawal notified within it (by `on`) and not rescinded as of `on`.
 * An accession that starts while a period is still running adds nothing (already a member).
 */
function periodsAsOf(facts: MembershipFacts, on: IsoDate): ResolvedPeriod[] {
  const withdrawals = facts.withdrawals
    .filter((w) => w.notifiedOn <= on && (w.rescindedOn === null || w.rescindedOn > on))
    .map((w) => ({ ...w, effectiveOn: withdrawalEffectiveOn(w.notifiedOn) }))
    .sort((a, b) => cmp(a.notifiedOn, b.notifiedOn));

  const starts = facts.periods
    .flatMap((p) => {
      // An "on or before" member counts only from that date: we never invent an earlier one.
      const start = p.startsOn ?? p.startsOnOrBefore;
      if (start === null || start > on) return [];
      const fromOnOrBefore = p.startsOn === null ? p.startsOnOrBefore : null;
      return [{ start, from: p.startsOn, fromOnOrBefore }];
    })
    .sort((a, b) => cmp(a.start, b.start) || (a.from === null ? 1 : 0) - (b.from === null ? 1 : 0));

  const resolved: ResolvedPeriod[] = [];
  for (const p of starts) {
    const last = resolved.at(-1);
    if (last && (last.until === null || p.start < last.until)) continue;
    const withdrawal = withdrawals.find((w) => w.notifiedOn >= p.start) ?? null;
    resolved.push({ ...p, until: withdrawal?.effectiveOn ?? null, withdrawal });
  }
  return resolved;
}

function dayBefore(date: IsoDate | null): IsoDate | null {
  return date === null ? null : addCalendarDays(date, -1);
}

function cmp(a: IsoDate, b: IsoDate): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Status, dates and period history of a municipality as they stood on `on`. */
export function membershipSummaryOn(facts: MembershipFacts, on: IsoDate): MembershipSummary {
  const resolved = periodsAsOf(facts, on);
  const periods = resolved.map(({ from, fromOnOrBefore, until }) => ({
    from,
    fromOnOrBefore,
    until,
  }));
  const current = resolved.find((p) => p.start <= on && (p.until === null || on < p.until));

  if (current) {
    // Inside a period, an unrescinded withdrawal notified by `on` is necessarily still
    // pending (on < its effective date): the party is withdrawing, still a party until then.
    const withdrawing = current.withdrawal !== null;
    return {
      status: withdrawing ? "withdrawing" : "member",
      memberSince: current.from,
      memberSinceOnOrBefore: current.fromOnOrBefore,
      withdrawalLastDayAsParty: dayBefore(current.withdrawal?.effectiveOn ?? null),
      withdrawalEffectiveOn: current.withdrawal?.effectiveOn ?? null,
      periods,
    };
  }

  // One of the members known only to have acceded "on or before" a date, asked about a day
  // between the founding and that date: the source does not say, so neither do we.
  const unknownUntil = facts.periods.find(
    (p) =>
      p.startsOn === null &&
      p.startsOnOrBefore !== null &&
      on >= NETWORK_FOUNDED_ON &&
      on < p.startsOnOrBefore,
  )?.startsOnOrBefore;
  if (unknownUntil !== undefined) {
    return {
      status: "unknown",
      memberSince: null,
      memberSinceOnOrBefore: unknownUntil,
      withdrawalLastDayAsParty: null,
      withdrawalEffectiveOn: null,
      periods,
    };
  }

  const applying = facts.applications.some(
    (a) => a.submittedOn <= on && (a.closedOn === null || a.closedOn > on),
  );
  const lastEnded = resolved.findLast((p) => p.until !== null && p.until <= on);
  const status: MembershipStatus = applying ? "applicant" : lastEnded ? "former" : "none";
  return {
    status,
    memberSince: null,
    memberSinceOnOrBefore: null,
    withdrawalLastDayAsParty: status === "former" ? dayBefore(lastEnded?.until ?? null) : null,
    withdrawalEffectiveOn: status === "former" ? (lastEnded?.until ?? null) : null,
    periods,
  };
}

export function membershipStatusOn(facts: MembershipFacts, on: IsoDate): MembershipStatus {
  return membershipSummaryOn(facts, on).status;
}

/**
 * THE rule for "is this municipality a party to the MoU on D": a member, or withdrawing
 * (a party through its last day, N + 15). `unknown` is not a party: no act may rest on a
 * membership the source does not prove (and no such act falls before 2024-06-17 anyway).
 */
export function isPartyOn(facts: MembershipFacts, on: IsoDate): boolean {
  const status = membershipStatusOn(facts, on);
  return status === "member" || status === "withdrawing";
}

/** The parties on `on`, sorted by id, from each municipality's facts. */
export function partiesOn(
  factsByMunicipality: Iterable<[string, MembershipFacts]>,
  on: IsoDate,
): string[] {
  return [...factsByMunicipality]
    .filter(([, facts]) => isPartyOn(facts, on))
    .map(([id]) => id)
    .sort();
}
