import type { Db } from "../../db/client.ts";
import { recordAudit } from "../../lib/audit.ts";
import { SESSION_IDLE_MS } from "../../plugins/auth.ts";
import { FORGET_AFTER_MS } from "./throttle.ts";

/** How often the server removes expired sessions, throttle counters and reset links. */
export const CLEAN_UP_EVERY_MS = 60 * 60 * 1000;

/**
 * Removes sessions past their absolute or idle timeout (a session is refused at once when
 * it is presented after either; this removes the ones never presented again), throttle
 * counters long quiet, and password-reset links expired or used a day ago. Writes one
 * audit entry when it removed sessions.
 */
export async function cleanUpSessions(db: Db, now = new Date()) {
  const idleSince = new Date(now.getTime() - SESSION_IDLE_MS);
  const dayAgo = new Date(now.getTime() - 24 * 60 * 60 * 1000);
  return db.$transaction(async (tx) => {
    const sessions = await tx.session.deleteMany({
      where: { OR: [{ expiresAt: { lte: now } }, { lastSeenAt: { lt: idleSince } }] },
    });
    const throttles = await tx.signInThrottle.deleteMany({
      where: {
        lastFailureAt: { lt: new Date(now.getTime() - FORGET_AFTER_MS) },
        OR: [{ blockedUntil: null }, { blockedUntil: { lt: now } }],
      },
    });
    const resets = await tx.passwordReset.deleteMany({
      where: { OR: [{ expiresAt: { lt: dayAgo } }, { usedAt: { lt: dayAgo } }] },
    });
    if (sessions.count > 0) {
      await recordAudit(tx, {
        actor: null,
        action: "session.cleanup",
        entityType: "session",
        entityId: "expired",
        summary: `${sessions.count} expired session(s) removed`,
        after: { sessions: sessions.count, throttles: throttles.count, resets: resets.count },
      });
    }
    return { sessions: sessions.count, throttles: throttles.count, resets: resets.count };
  });
}
