// How an account is loaded and shown to coordinators in the user administration.
import type { UserAccount, UserStatus, Verification } from "@cni/contracts/users";
import type { Role } from "@cni/domain/enums";
import type { Db, Tx } from "../../db/client.ts";
import { notFound } from "../../lib/errors.ts";
import { officialByCode } from "../registrations/official-list.ts";

export const ACCOUNT_INCLUDE = {
  municipality: { select: { id: true, nameEl: true, nameEn: true, officialCode: true } },
  invitations: {
    where: { usedAt: null },
    orderBy: { createdAt: "desc" as const },
    take: 1,
    select: { expiresAt: true },
  },
} as const;

export type AccountRow = {
  id: string;
  email: string;
  name: string;
  role: string;
  municipalityId: string | null;
  municipality: { id: string; nameEl: string; nameEn: string; officialCode: string | null } | null;
  position: string | null;
  passwordHash: string | null;
  active: boolean;
  lastLoginAt: Date | null;
  createdAt: Date;
  verification: string;
  refusalReason: string | null;
  invitations: { expiresAt: Date }[];
};

export function statusOf(user: { active: boolean; passwordHash: string | null }): UserStatus {
  if (!user.active) return "deactivated";
  return user.passwordHash === null ? "invited" : "active";
}

export function toAccount(row: AccountRow, now = Date.now()): UserAccount {
  const pending = row.invitations[0];
  const code = row.municipality?.officialCode ?? null;
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    role: row.role as Role,
    municipalityId: row.municipalityId,
    municipality: row.municipality
      ? {
          id: row.municipality.id,
          nameEl: row.municipality.nameEl,
          nameEn: row.municipality.nameEn,
        }
      : null,
    position: row.position,
    active: row.active,
    status: statusOf(row),
    invitationExpiresAt:
      row.active && pending && pending.expiresAt.getTime() > now
        ? pending.expiresAt.toISOString()
        : null,
    lastLoginAt: row.lastLoginAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
    verification: row.verification as Verification,
    refusalReason: row.refusalReason,
    official: code ? { code, phone: officialByCode(code)?.phone ?? null } : null,
  };
}

export async function findAccountOr404(db: Db | Tx, id: string): Promise<AccountRow> {
  const row = await db.user.findUnique({ where: { id }, include: ACCOUNT_INCLUDE });
  if (!row) throw notFound("User");
  return row;
}
