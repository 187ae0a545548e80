import { PASSWORD_RESET_MINUTES } from "@cni/contracts/auth";
import type { Db } from "../../db/client.ts";
import { recordAudit } from "../../lib/audit.ts";
import { hashToken, newToken } from "../../lib/tokens.ts";

export type RequestPasswordResetInput = {
  email: string;
  /** CNI_PUBLIC_URL (or the development address): never the request's Host header. */
  baseUrl: string;
  source: string;
};

function resetEmail(to: string, name: string, url: string) {
  return {
    to,
    subject:
      "Νέος κωδικός στην πύλη του Δικτύου Πόλεων για την Ένταξη / New password for the CNI portal",
    text: [
      `${name},`,
      "",
      "Ζητήθηκε νέος κωδικός για τον λογαριασμό σας στην πύλη του Δικτύου Πόλεων για την Ένταξη.",
      "Ανοίξτε τον σύνδεσμο για να ορίσετε νέο κωδικό:",
      url,
      `Ο σύνδεσμος ισχύει μία φορά, για ${PASSWORD_RESET_MINUTES} λεπτά. Αν δεν το ζητήσατε εσείς, αγνοήστε αυτό το μήνυμα: ο κωδικός σας δεν αλλάζει.`,
      "",
      "---",
      "",
      "A new password was requested for your account on the Cities Network for Integration portal.",
      "Open the link to set a new password:",
      url,
      `The link works once, for ${PASSWORD_RESET_MINUTES} minutes. If you did not ask for it, ignore this message: your password stays as it is.`,
    ].join("\n"),
  };
}

/**
 * "Forgot password": for an active account with a password, a single-use link (only its
 * sha256 stored) valid for PASSWORD_RESET_MINUTES is e-mailed through the outbox; earlier
 * unused links of that person stop working. For any other e-mail nothing happens. The
 * caller answers the same in both cases.
 */
export async function requestPasswordReset(db: Db, input: RequestPasswordResetInput) {
  const user = await db.user.findUnique({ where: { email: input.email } });
  const token = newToken();
  if (!user?.active || !user.passwordHash) return;
  const now = new Date();
  const expiresAt = new Date(now.getTime() + PASSWORD_RESET_MINUTES * 60_000);
  await db.$transaction(async (tx) => {
    await tx.passwordReset.updateMany({
      where: { userId: user.id, usedAt: null, expiresAt: { gt: now } },
      data: { expiresAt: now },
    });
    const reset = await tx.passwordReset.create({
      data: { tokenHash: hashToken(token), userId: user.id, expiresAt },
    });
    // The token goes in the fragment: it never reaches the server's or a proxy's logs.
    await tx.outboxEmail.create({
      data: resetEmail(user.email, user.name, `${input.baseUrl}/reset-password#${token}`),
    });
    await recordAudit(tx, {
      actor: null,
      action: "password_reset.request",
      entityType: "user",
      entityId: user.id,
      summary: `Password-reset link e-mailed to ${user.email} (requested from ${input.source})`,
      after: { resetId: reset.id, expiresAt: expiresAt.toISOString(), source: input.source },
    });
  });
}
