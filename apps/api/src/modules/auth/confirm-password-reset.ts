import type { Db } from "../../db/client.ts";
import { recordAudit } from "../../lib/audit.ts";
import { conflict } from "../../lib/errors.ts";
import { hashPassword } from "../../lib/password.ts";
import { assertStrongPassword } from "../../lib/password-strength.ts";
import { hashToken } from "../../lib/tokens.ts";
import { toSessionUser } from "./service.ts";
import { createSession } from "./session.ts";
import { clearSignInFailures } from "./throttle.ts";

const invalidLink = () =>
  conflict(
    "RESET_TOKEN_INVALID",
    "This password-reset link is not valid any more; ask for a new one",
  );

export type ConfirmPasswordResetInput = {
  token: string;
  password: string;
  previousSessionId: string | null;
};

/**
 * Sets the new password from a reset link and signs the person in. The link is marked used
 * with a conditional update (two simultaneous uses cannot both succeed); every session of
 * the person ends and the sign-in throttle counters are cleared.
 */
export async function confirmPasswordReset(db: Db, input: ConfirmPasswordResetInput) {
  const tokenHash = hashToken(input.token);
  const found = await db.passwordReset.findUnique({
    where: { tokenHash },
    include: { user: { include: { municipality: { select: { nameEl: true, nameEn: true } } } } },
  });
  if (!found || found.usedAt || found.expiresAt.getTime() <= Date.now() || !found.user.active) {
    throw invalidLink();
  }
  const { user } = found;
  await assertStrongPassword(input.password, [
    user.name,
    user.email,
    user.municipality?.nameEl,
    user.municipality?.nameEn,
  ]);
  const passwordHash = await hashPassword(input.password);
  return db.$transaction(async (tx) => {
    const marked = await tx.passwordReset.updateMany({
      where: { id: found.id, usedAt: null, expiresAt: { gt: new Date() } },
      data: { usedAt: new Date() },
    });
    if (marked.count !== 1) throw invalidLink();
    const updated = await tx.user.update({
      where: { id: user.id },
      data: { passwordHash, lastLoginAt: new Date() },
    });
    await tx.session.deleteMany({ where: { userId: user.id } });
    await clearSignInFailures(tx, user.id);
    const session = await createSession(tx, user.id, input.previousSessionId);
    const sessionUser = toSessionUser(updated);
    await recordAudit(tx, {
      actor: sessionUser,
      action: "password_reset.complete",
      entityType: "user",
      entityId: user.id,
      summary: `${user.email} set a new password from a reset link; their other sessions ended`,
      after: { resetId: found.id },
    });
    return { user: sessionUser, ...session };
  });
}
