// Starting a session: login, invitation acceptance and registration all sign a person in
// the same way — a fresh random token (never reused, no session fixation), the caller's
// previous session on this browser ended, the httpOnly cookie set.
import type { FastifyReply, FastifyRequest } from "fastify";
import type { Db, Tx } from "../../db/client.ts";
import type { SessionUser } from "../../lib/access.ts";
import { currentDesignationRole } from "../../lib/powers.ts";
import { hashToken, newToken } from "../../lib/tokens.ts";
import {
  isSecureRequest,
  SESSION_ABSOLUTE_MS,
  sessionCookieName,
  sessionCookieOptions,
} from "../../plugins/auth.ts";
import { isApplicantOfficer } from "../users/applicant.ts";

/**
 * Creates a session row (only the token's sha256 is stored) and ends `previousSessionId`
 * (the session this browser had, if any). Call inside the transaction of the sign-in.
 */
export async function createSession(
  db: Db | Tx,
  userId: string,
  previousSessionId?: string | null,
) {
  if (previousSessionId) await db.session.deleteMany({ where: { id: previousSessionId } });
  const token = newToken();
  const csrfToken = newToken();
  await db.session.create({
    data: {
      id: hashToken(token),
      userId,
      csrfToken,
      expiresAt: new Date(Date.now() + SESSION_ABSOLUTE_MS),
    },
  });
  return { token, csrfToken };
}

export function setSessionCookie(request: FastifyRequest, reply: FastifyReply, token: string) {
  const secure = isSecureRequest(request);
  reply.setCookie(sessionCookieName(secure), token, sessionCookieOptions(secure));
  reply.header("cache-control", "no-store");
}

/**
 * The session user as the API reports it: `applicant` (see users/applicant.ts), the
 * verification of a self-registered officer (and a refusal's reason), and whether the
 * account is today its municipality's designated representative or alternate.
 */
export async function describeSessionUser(db: Db | Tx, user: SessionUser) {
  const row = await db.user.findUnique({
    where: { id: user.id },
    select: { refusalReason: true },
  });
  return {
    ...user,
    applicant: await isApplicantOfficer(db, user),
    refusalReason: row?.refusalReason ?? null,
    designatedAs: await currentDesignationRole(db, user),
  };
}
