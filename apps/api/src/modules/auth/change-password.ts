import type { Db } from "../../db/client.ts";
import type { SessionUser } from "../../lib/access.ts";
import { recordAudit } from "../../lib/audit.ts";
import { unprocessable } from "../../lib/errors.ts";
import { DUMMY_HASH_PROMISE, hashPassword, verifyPassword } from "../../lib/password.ts";
import { assertStrongPassword } from "../../lib/password-strength.ts";
import { recordSignInFailure, throttledUntil } from "./throttle.ts";

const wrongCurrent = () =>
  unprocessable("CURRENT_PASSWORD_WRONG", "The current password is not correct", [
    {
      path: "currentPassword",
      message: "The current password is not correct",
      code: "wrong_password",
    },
  ]);

export type ChangePasswordInput = {
  actor: SessionUser;
  /** This browser's session: it stays; every other session of the person ends. */
  sessionId: string;
  currentPassword: string;
  newPassword: string;
  source: string;
};

/**
 * Changes the person's own password. The current password is required, and a wrong one
 * counts as a failed sign-in (same throttle), so a stolen session cannot be used to guess it.
 */
export async function changePassword(db: Db, input: ChangePasswordInput) {
  const { actor } = input;
  const user = await db.user.findUniqueOrThrow({
    where: { id: actor.id },
    include: { municipality: { select: { nameEl: true, nameEn: true } } },
  });
  if (await throttledUntil(db, user.id, input.source)) {
    await verifyPassword(input.currentPassword, await DUMMY_HASH_PROMISE);
    throw wrongCurrent();
  }
  if (!user.passwordHash || !(await verifyPassword(input.currentPassword, user.passwordHash))) {
    await recordSignInFailure(db, user.id, input.source);
    throw wrongCurrent();
  }
  await assertStrongPassword(
    input.newPassword,
    [user.name, user.email, user.municipality?.nameEl, user.municipality?.nameEn],
    "newPassword",
  );
  const passwordHash = await hashPassword(input.newPassword);
  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: user.id }, data: { passwordHash } });
    const ended = await tx.session.deleteMany({
      where: { userId: user.id, id: { not: input.sessionId } },
    });
    await recordAudit(tx, {
      actor,
      action: "account.password_change",
      entityType: "user",
      entityId: user.id,
      summary: `${user.email} changed their password; ${ended.count} other session(s) ended`,
      after: { endedSessions: ended.count },
    });
  });
}
