import type { Role } from "@cni/domain/enums";
import type { Db } from "../../db/client.ts";
import type { SessionUser } from "../../lib/access.ts";
import { recordAudit } from "../../lib/audit.ts";
import { DomainError, unauthorized } from "../../lib/errors.ts";
import { DUMMY_HASH_PROMISE, verifyPassword } from "../../lib/password.ts";
import { createSession } from "./session.ts";

// After 5 failed attempts an account is locked for 1, 2, 4 … up to 60 minutes.
const FREE_ATTEMPTS = 5;
const MAX_LOCK_MINUTES = 60;
export const BAD_CREDENTIALS = "The e-mail or the password is not correct";

export function lockMinutes(failedLogins: number): number {
  if (failedLogins < FREE_ATTEMPTS) return 0;
  return Math.min(2 ** (failedLogins - FREE_ATTEMPTS), MAX_LOCK_MINUTES);
}

const accountLocked = () =>
  new DomainError(429, "ACCOUNT_LOCKED", "Too many failed attempts; try again later");

export const toSessionUser = (u: {
  id: string;
  email: string;
  name: string;
  role: string;
  municipalityId: string | null;
}): SessionUser => ({
  id: u.id,
  email: u.email,
  name: u.name,
  role: u.role as Role,
  municipalityId: u.municipalityId,
});

/**
 * Checks the credentials; the same 401 whether or not the e-mail exists. A new session token at every login; the caller's previous session (the one
 * this browser sent, if any) ends.
 */
export async function login(
  db: Db,
  email: string,
  password: string,
  previousSessionId: string | null = null,
) {
  const user = await db.user.findUnique({ where: { email } });
  if (!user?.passwordHash || !user.active) {
    await verifyPassword(password, await DUMMY_HASH_PROMISE);
    throw unauthorized(BAD_CREDENTIALS);
  }
  if (user.lockedUntil && user.lockedUntil.getTime() > Date.now()) throw accountLocked();
  if (!(await verifyPassword(password, user.passwordHash))) {
    const failedLogins = user.failedLogins + 1;
    const minutes = lockMinutes(failedLogins);
    await db.$transaction(async (tx) => {
      await tx.user.update({
        where: { id: user.id },
        data: {
          failedLogins,
          lockedUntil: minutes ? new Date(Date.now() + minutes * 60_000) : null,
        },
      });
      // Single failures are not logged (a flood would bury the log); a lockout is.
      if (minutes) {
        await recordAudit(tx, {
          actor: null,
          action: "auth.lockout",
          entityType: "user",
          entityId: user.id,
          summary: `${user.email} locked for ${minutes} min after ${failedLogins} failed sign-ins`,
          after: { failedLogins, lockedMinutes: minutes },
        });
      }
    });
    throw unauthorized(BAD_CREDENTIALS);
  }
  const sessionUser = toSessionUser(user);
  const session = await db.$transaction(async (tx) => {
    const created = await createSession(tx, user.id, previousSessionId);
    await tx.user.update({
      where: { id: user.id },
      data: { failedLogins: 0, lockedUntil: null, lastLoginAt: new Date() },
    });
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

export async function logout(db: Db, sessionId: string, user: SessionUser) {
  await db.$transaction(async (tx) => {
    await tx.session.deleteMany({ where: { id: sessionId } });
    await recordAudit(tx, {
      actor: user,
      action: "auth.logout",
      entityType: "user",
      entityId: user.id,
      summary: `${user.email} signed out`,
    });
  });
}
