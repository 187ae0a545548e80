import type { CreateUserBody, ListUsersQuery, UserAccount, UserStatus } from "@cni/contracts/users";
import type { Role } from "@cni/domain/enums";
import { compareGreek, matchesSearch } from "@cni/domain/text";
import type { Db, Tx } from "../../db/client.ts";
import type { SessionUser } from "../../lib/access.ts";
import { recordAudit } from "../../lib/audit.ts";
import { conflict, notFound, unprocessable } from "../../lib/errors.ts";
import { issueInvitation } from "../invitations/service.ts";
import { isPartyOn } from "./applicant.ts";
import { isUniqueViolation } from "./unique.ts";

const INCLUDE = {
  municipality: { select: { id: true, nameEl: true, nameEn: true } },
  invitations: {
    where: { usedAt: null },
    orderBy: { createdAt: "desc" as const },
    take: 1,
    select: { expiresAt: true },
  },
} as const;

type UserRow = {
  id: string;
  email: string;
  name: string;
  role: string;
  municipalityId: string | null;
  municipality: { id: string; nameEl: string; nameEn: string } | null;
  position: string | null;
  passwordHash: string | null;
  active: boolean;
  lastLoginAt: Date | null;
  createdAt: Date;
  invitations: { expiresAt: Date }[];
};

export function statusOf(user: { active: boolean; passwordHash: string | null }): UserStatus {
  if (!user.active) return "deactivated";
  return user.passwordHash === null ? "invited" : "active";
}

export function toAccount(row: UserRow, now = Date.now()): UserAccount {
  const pending = row.invitations[0];
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    role: row.role as Role,
    municipalityId: row.municipalityId,
    municipality: row.municipality,
    position: row.position,
    active: row.active,
    status: statusOf(row),
    invitationExpiresAt:
      row.active && pending && pending.expiresAt.getTime() > now
        ? pending.expiresAt.toISOString()
        : null,
    lastLoginAt: row.lastLoginAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
  };
}

async function loadAccount(db: Db | Tx, id: string) {
  const row = await db.user.findUnique({ where: { id }, include: INCLUDE });
  if (!row) throw notFound("User");
  return row;
}

export type InvitationContext = { baseUrl: string; email: boolean };

/**
 * Creates an account that has no password yet and an invitation link to set one.
 * Officers and representatives belong to a municipality (representatives to a party:
 * they are designated by members); coordinators to none.
 */
export async function createUser(
  db: Db,
  actor: SessionUser,
  body: CreateUserBody,
  links: InvitationContext,
) {
  const municipalityId = body.role === "coordinator" ? null : (body.municipalityId ?? null);
  const email = body.email.trim().toLowerCase();
  try {
    return await db.$transaction(async (tx) => {
      if (municipalityId) {
        const municipality = await tx.municipality.findUnique({ where: { id: municipalityId } });
        if (!municipality) {
          throw unprocessable("MUNICIPALITY_NOT_FOUND", "No such municipality", [
            { path: "municipalityId", message: "No such municipality" },
          ]);
        }
        if (body.role === "representative" && !(await isPartyOn(tx, municipalityId))) {
          throw unprocessable(
            "NOT_A_MEMBER",
            "Representatives are designated by member municipalities",
            [{ path: "municipalityId", message: "Not a member of the network today" }],
          );
        }
      }
      if (await tx.user.findUnique({ where: { email }, select: { id: true } })) {
        throw emailTaken();
      }
      const created = await tx.user.create({
        data: {
          email,
          name: body.name.trim(),
          role: body.role,
          municipalityId,
          position: body.position?.trim() || null,
        },
        include: INCLUDE,
      });
      await recordAudit(tx, {
        actor,
        action: "user.create",
        entityType: "user",
        entityId: created.id,
        summary: `${actor.email} created the ${body.role} account ${email}${municipalityId ? ` (${municipalityId})` : ""}`,
        after: { email, name: created.name, role: body.role, municipalityId },
      });
      const link = await issueInvitation(tx, { ...created }, { actor, ...links });
      return { user: toAccount(await loadAccount(tx, created.id)), ...link };
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw emailTaken();
    throw error;
  }
}

export const emailTaken = () =>
  conflict("EMAIL_TAKEN", "An account with this e-mail already exists");

export async function listUsers(db: Db, query: ListUsersQuery) {
  const page = query.page ?? 1;
  const pageSize = query.pageSize ?? 50;
  const rows = await db.user.findMany({
    where: {
      ...(query.role ? { role: query.role } : {}),
      ...(query.municipalityId ? { municipalityId: query.municipalityId } : {}),
      ...(query.status === "deactivated" ? { active: false } : {}),
      ...(query.status === "active" ? { active: true, passwordHash: { not: null } } : {}),
      ...(query.status === "invited" ? { active: true, passwordHash: null } : {}),
    },
    include: INCLUDE,
  });
  // Greek-aware matching and ordering happen here (SQLite's LIKE folds ASCII only); the
  // number of accounts is small.
  const matching = rows
    .filter((row) => !query.q || matchesSearch(query.q, row.name, row.email))
    .sort((a, b) => compareGreek(a.name, b.name) || a.email.localeCompare(b.email));
  const start = (page - 1) * pageSize;
  const now = Date.now();
  return {
    items: matching.slice(start, start + pageSize).map((row) => toAccount(row, now)),
    total: matching.length,
    page,
    pageSize,
  };
}

/**
 * Deactivates (every session of the person ends at once) or reactivates an account.
 * A coordinator cannot deactivate their own account.
 */
export async function setUserActive(db: Db, actor: SessionUser, id: string, active: boolean) {
  return db.$transaction(async (tx) => {
    const before = await loadAccount(tx, id);
    if (!active && before.id === actor.id) {
      throw unprocessable("CANNOT_DEACTIVATE_SELF", "You cannot deactivate your own account");
    }
    if (before.active === active) return toAccount(before);
    await tx.user.update({
      where: { id },
      data: active ? { active, failedLogins: 0, lockedUntil: null } : { active },
    });
    let endedSessions = 0;
    if (!active) endedSessions = (await tx.session.deleteMany({ where: { userId: id } })).count;
    await recordAudit(tx, {
      actor,
      action: active ? "user.reactivate" : "user.deactivate",
      entityType: "user",
      entityId: id,
      summary: active
        ? `${actor.email} reactivated ${before.email}`
        : `${actor.email} deactivated ${before.email} (${endedSessions} session(s) ended)`,
      before: { active: before.active },
      after: { active },
    });
    return toAccount(await loadAccount(tx, id));
  });
}

/** A fresh invitation link (also a way to reset a forgotten password). */
export async function reissueInvitation(
  db: Db,
  actor: SessionUser,
  id: string,
  links: InvitationContext,
) {
  return db.$transaction(async (tx) => {
    const user = await loadAccount(tx, id);
    if (!user.active) {
      throw conflict("USER_DEACTIVATED", "Reactivate the account before inviting the person");
    }
    const link = await issueInvitation(tx, user, { actor, ...links });
    return { user: toAccount(await loadAccount(tx, id)), ...link };
  });
}
