// Throttling of failed sign-ins instead of a hard lockout (docs/decisions/051). Two
// counters per account: one per (account, source address) and one for the account from
// everywhere. After a few free failures each adds a growing delay before the next attempt
// is even checked: 1 s, 2 s, 4 s … For one source the delay grows to 15 minutes; for the
// account as a whole only to 1 minute, so an attacker spread over many addresses can slow a
// coordinator down but never lock them out. While throttled, every attempt (even with the
// right password) gets the same 401 as a wrong password: the answer reveals nothing.
import type { Db } from "../../db/client.ts";

export const PAIR_FREE_FAILURES = 5;
export const PAIR_MAX_DELAY_S = 15 * 60;
export const ACCOUNT_FREE_FAILURES = 20;
export const ACCOUNT_MAX_DELAY_S = 60;
/** Failures older than this are forgiven: the count starts again. */
export const FORGET_AFTER_MS = 60 * 60 * 1000;

/** Seconds to wait after `failures` failures: 0 for the free ones, then 1, 2, 4 … up to max. */
export function delaySeconds(failures: number, free: number, max: number): number {
  if (failures < free) return 0;
  return Math.min(2 ** (failures - free), max);
}

const accountKey = (userId: string) => `account:${userId}`;
const pairKey = (userId: string, source: string) => `pair:${userId}:${source}`;

/** When the next attempt on this account from this source may be checked (null = now). */
export async function throttledUntil(db: Db, userId: string, source: string): Promise<Date | null> {
  const rows = await db.signInThrottle.findMany({
    where: { key: { in: [accountKey(userId), pairKey(userId, source)] } },
  });
  const now = Date.now();
  let until: Date | null = null;
  for (const row of rows) {
    if (row.blockedUntil && row.blockedUntil.getTime() > now) {
      if (!until || row.blockedUntil > until) until = row.blockedUntil;
    }
  }
  return until;
}

export type ThrottleStart = { scope: "source" | "account"; failures: number; seconds: number };

/** Counts a failure; returns the delays it started (for the log). */
export async function recordSignInFailure(
  db: Db,
  userId: string,
  source: string,
): Promise<ThrottleStart[]> {
  const now = new Date();
  const started: ThrottleStart[] = [];
  const counters = [
    {
      key: pairKey(userId, source),
      scope: "source" as const,
      free: PAIR_FREE_FAILURES,
      max: PAIR_MAX_DELAY_S,
    },
    {
      key: accountKey(userId),
      scope: "account" as const,
      free: ACCOUNT_FREE_FAILURES,
      max: ACCOUNT_MAX_DELAY_S,
    },
  ];
  await db.$transaction(async (tx) => {
    for (const counter of counters) {
      const row = await tx.signInThrottle.findUnique({ where: { key: counter.key } });
      const fresh = !row || now.getTime() - row.lastFailureAt.getTime() > FORGET_AFTER_MS;
      const failures = (fresh ? 0 : row.failures) + 1;
      const seconds = delaySeconds(failures, counter.free, counter.max);
      const blockedUntil = seconds ? new Date(now.getTime() + seconds * 1000) : null;
      await tx.signInThrottle.upsert({
        where: { key: counter.key },
        create: { key: counter.key, failures, lastFailureAt: now, blockedUntil },
        update: { failures, lastFailureAt: now, blockedUntil },
      });
      if (seconds) started.push({ scope: counter.scope, failures, seconds });
    }
  });
  return started;
}

/**
 * A successful sign-in from `source` clears the account's counter and that source's (an
 * attacker's other addresses keep theirs); a new password (reset, invitation) clears all.
 */
export async function clearSignInFailures(
  db: Pick<Db, "signInThrottle">,
  userId: string,
  source?: string,
) {
  await db.signInThrottle.deleteMany({
    where: {
      OR: [
        { key: accountKey(userId) },
        source ? { key: pairKey(userId, source) } : { key: { startsWith: `pair:${userId}:` } },
      ],
    },
  });
}
