// Invitation links: a random token (256 bits) of which only the sha256 is stored, single
// use, valid for INVITATION_DAYS. Issuing a new link for a person revokes the earlier ones.
// Accepting sets the password (a first one, or a new one) and signs the person in.
import {
  INVITATION_DAYS,
  type InvitationStatus,
  type InvitationView,
} from "@cni/contracts/invitations";
import type { Role } from "@cni/domain/enums";
import type { FastifyRequest } from "fastify";
import type { Config } from "../../config.ts";
import type { Db, Tx } from "../../db/client.ts";
import type { SessionUser } from "../../lib/access.ts";
import { recordAudit } from "../../lib/audit.ts";
import { conflict, type ErrorCode, notFound } from "../../lib/errors.ts";
import { hashPassword } from "../../lib/password.ts";
import { assertStrongPassword } from "../../lib/password-strength.ts";
import { hashToken, newToken } from "../../lib/tokens.ts";
import { toSessionUser } from "../auth/service.ts";
import { createSession } from "../auth/session.ts";
import { clearSignInFailures } from "../auth/throttle.ts";
import { invitationEmail } from "./invitation-email.ts";

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Where links point: CNI_PUBLIC_URL (required in production), else, in development, the
 * address the server listens on. Never the request's Host header: a client chooses it, and
 * a link e-mailed to someone else must not point to the attacker's host.
 */
export function publicBaseUrl(config: Config, _request?: FastifyRequest): string {
  if (config.publicUrl) return config.publicUrl.replace(/\/+$/, "");
  const host = config.host === "0.0.0.0" || config.host === "::" ? "localhost" : config.host;
  return `http://${host.includes(":") ? `[${host}]` : host}:${config.port}`;
}

export type Invitee = {
  id: string;
  email: string;
  name: string;
  role: string;
  passwordHash: string | null;
  municipality: { nameEl: string; nameEn: string } | null;
};

export type IssueOptions = {
  actor: SessionUser;
  baseUrl: string;
  /** Queue the link as an e-mail too (SMTP_URL configured). */
  email: boolean;
};

/**
 * Issues a new link for `invitee` inside the caller's transaction (with its audit entry and,
 * when e-mail is on, its outbox row). Earlier unused links of that person stop working.
 */
export async function issueInvitation(tx: Tx, invitee: Invitee, options: IssueOptions) {
  const now = new Date();
  // Earlier links stop working now (reported as "revoked": a newer link exists).
  await tx.invitation.updateMany({
    where: { userId: invitee.id, usedAt: null, expiresAt: { gt: now } },
    data: { expiresAt: now },
  });
  const token = newToken();
  const expiresAt = new Date(now.getTime() + INVITATION_DAYS * DAY_MS);
  const invitation = await tx.invitation.create({
    data: {
      tokenHash: hashToken(token),
      userId: invitee.id,
      createdById: options.actor.id,
      expiresAt,
    },
  });
  // The token is in the fragment: browsers never send it to the server (so it reaches no
  // access log, proxy or Referer); the page posts it in the body.
  const invitationUrl = `${options.baseUrl}/invitations#${token}`;
  await recordAudit(tx, {
    actor: options.actor,
    action: "invitation.issue",
    entityType: "user",
    entityId: invitee.id,
    summary: `Invitation link for ${invitee.email} issued (valid until ${expiresAt.toISOString()})`,
    after: {
      invitationId: invitation.id,
      expiresAt: expiresAt.toISOString(),
      emailed: options.email,
    },
  });
  if (options.email) {
    await tx.outboxEmail.create({ data: invitationEmail(invitee, invitationUrl, expiresAt) });
  }
  return { invitationUrl, expiresAt: expiresAt.toISOString(), emailed: options.email };
}

async function findByToken(db: Db | Tx, token: string) {
  const invitation = await db.invitation.findUnique({
    where: { tokenHash: hashToken(token) },
    include: {
      user: {
        include: { municipality: { select: { id: true, nameEl: true, nameEn: true } } },
      },
    },
  });
  if (!invitation) throw notFound("Invitation");
  const newer = await db.invitation.count({
    where: { userId: invitation.userId, createdAt: { gt: invitation.createdAt } },
  });
  return { invitation, superseded: newer > 0 };
}

function statusOf(
  invitation: { usedAt: Date | null; expiresAt: Date; user: { active: boolean } },
  superseded: boolean,
  now = Date.now(),
): InvitationStatus {
  if (invitation.usedAt) return "used";
  if (superseded || !invitation.user.active) return "revoked";
  if (invitation.expiresAt.getTime() <= now) return "expired";
  return "valid";
}

/** What the invitation page shows; the person's details only while the link is valid. */
export async function viewInvitation(db: Db, token: string): Promise<InvitationView> {
  const { invitation, superseded } = await findByToken(db, token);
  const status = statusOf(invitation, superseded);
  const { user } = invitation;
  return {
    status,
    expiresAt: invitation.expiresAt.toISOString(),
    invitee:
      status === "valid"
        ? {
            name: user.name,
            email: user.email,
            role: user.role as Role,
            municipality: user.municipality,
            resetsPassword: user.passwordHash !== null,
          }
        : null,
  };
}

const NOT_VALID: Record<Exclude<InvitationStatus, "valid">, [ErrorCode, string]> = {
  used: ["INVITATION_USED", "This invitation link has already been used"],
  expired: ["INVITATION_EXPIRED", "This invitation link has expired; ask for a new one"],
  revoked: ["INVITATION_REVOKED", "This invitation link is no longer valid; ask for a new one"],
};

/**
 * Sets the password and signs the person in, all in one transaction. The link is marked
 * used with a conditional update, so two simultaneous acceptances cannot both succeed.
 * Any other session of the person ends (accepting a link also serves as a password reset).
 */
export async function acceptInvitation(
  db: Db,
  token: string,
  password: string,
  previousSessionId: string | null,
) {
  // Refuse a guessable password before the link is used up (the person's own name, e-mail
  // and municipality count as guessable).
  const { invitation: found, superseded: replaced } = await findByToken(db, token);
  const before = statusOf(found, replaced);
  if (before !== "valid") throw conflict(...NOT_VALID[before]);
  await assertStrongPassword(password, [
    found.user.name,
    found.user.email,
    found.user.municipality?.nameEl,
    found.user.municipality?.nameEn,
  ]);
  const passwordHash = await hashPassword(password);
  return db.$transaction(async (tx) => {
    const { invitation, superseded } = await findByToken(tx, token);
    const status = statusOf(invitation, superseded);
    if (status !== "valid") throw conflict(...NOT_VALID[status]);
    const marked = await tx.invitation.updateMany({
      where: { id: invitation.id, usedAt: null },
      data: { usedAt: new Date() },
    });
    if (marked.count !== 1) throw conflict(...NOT_VALID.used);

    const firstPassword = invitation.user.passwordHash === null;
    const user = await tx.user.update({
      where: { id: invitation.userId },
      data: {
        passwordHash,
        active: true,
        lastLoginAt: new Date(),
      },
    });
    await tx.session.deleteMany({ where: { userId: user.id } });
    await clearSignInFailures(tx, user.id);
    const session = await createSession(tx, user.id, previousSessionId);
    const sessionUser = toSessionUser(user);
    await recordAudit(tx, {
      actor: sessionUser,
      action: "invitation.accept",
      entityType: "user",
      entityId: user.id,
      summary: firstPassword
        ? `${user.email} accepted the invitation and set a password`
        : `${user.email} used an invitation link to set a new password`,
      after: { invitationId: invitation.id },
    });
    return { user: sessionUser, ...session };
  });
}
