import type { Db } from "../../db/client.ts";
import { recordAudit } from "../../lib/audit.ts";
import { unauthorized } from "../../lib/errors.ts";
import { DUMMY_HASH_PROMISE, verifyPassword } from "../../lib/password.ts";
import type { SecurityEventLog } from "./security-events.ts";
import { BAD_CREDENTIALS, toSessionUser } from "./service.ts";
import { createSession } from "./session.ts";
import { clearSignInFailures, recordSignInFailure, throttledUntil } from "./throttle.ts";

export type SignInInput = {
  email: string;
  password: string;
  /** The caller's address (request.ip: only configured proxies are trusted). */
  source: string;
  /** The session this browser had, if any: it ends (a new token at every sign-in). */
  previousSessionId?: string | null;
  events: SecurityEventLog;
};

/**
 * Checks the credentials. Every failure — unknown e-mail, no password yet, deactivated,
 * wrong password, throttled — is the same 401 after the same scrypt work, so neither the
 * answer nor its timing tells whether an account exists or is being throttled.
 */
export async function signIn(db: Db, input: SignInInput) {
  const { email, password, source, events } = input;
  const user = await db.user.findUnique({ where: { email } });
  if (!user?.passwordHash || !user.active) {
    await verifyPassword(password, await DUMMY_HASH_PROMISE);
    await events.record({
      action: "auth.sign_in_failed",
      actor: null,
      source,
      entityType: "user",
      entityId: user?.id ?? "unknown",
      summary: user
        ? `Failed sign-in for ${user.email} (account without a password or deactivated) from ${source}`
        : `Failed sign-in for an unknown e-mail from ${source}`,
    });
    throw unauthorized(BAD_CREDENTIALS);
  }
  const until = await throttledUntil(db, user.id, source);
  if (until) {
    await verifyPassword(password, await DUMMY_HASH_PROMISE);
    await events.record({
      action: "auth.throttled",
      actor: null,
      source,
      entityType: "user",
      entityId: user.id,
      summary: `Sign-in for ${user.email} from ${source} refused unchecked: throttled until ${until.toISOString()}`,
      after: { until: until.toISOString() },
    });
    throw unauthorized(BAD_CREDENTIALS);
  }
  if (!(await verifyPassword(password, user.passwordHash))) {
    const started = await recordSignInFailure(db, user.id, source);
    await events.record({
      action: "auth.sign_in_failed",
      actor: null,
      source,
      entityType: "user",
      entityId: user.id,
      summary: `Failed sign-in for ${user.email} from ${source} (wrong password)`,
    });
    for (const delay of started) {
      await events.record({
        action: "auth.throttled",
        actor: null,
        source,
        entityType: "user",
        entityId: user.id,
        summary: `${user.email}: ${delay.failures} failed sign-ins ${delay.scope === "source" ? `from ${source}` : "in all"}; next attempt checked after ${delay.seconds} s`,
        after: delay,
      });
    }
    throw unauthorized(BAD_CREDENTIALS);
  }
  const sessionUser = toSessionUser(user);
  const session = await db.$transaction(async (tx) => {
    const created = await createSession(tx, user.id, input.previousSessionId);
    await clearSignInFailures(tx, user.id, source);
    await tx.user.update({ where: { id: user.id }, data: { lastLoginAt: new Date() } });
    await recordAudit(tx, {
      actor: sessionUser,
      action: "auth.login",
      entityType: "user",
      entityId: user.id,
      summary: `${user.email} signed in`,
    });
    return created;
  });
  return { user: sessionUser, ...session };
}
