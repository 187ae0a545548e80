import type { ListUsersQuery } from "@cni/contracts/users";
import { compareGreek, matchesSearch } from "@cni/domain/text";
import type { Db } from "../../db/client.ts";
import { ACCOUNT_INCLUDE, toAccount } from "./account-row.ts";

/** GET /api/users — filtered by role, municipality, status, verification, name or e-mail. */
export async function listUsers(db: Db, { query }: { query: ListUsersQuery }) {
  const page = query.page ?? 1;
  const pageSize = query.pageSize ?? 50;
  const rows = await db.user.findMany({
    where: {
      ...(query.role ? { role: query.role } : {}),
      ...(query.municipalityId ? { municipalityId: query.municipalityId } : {}),
      ...(query.verification ? { verification: query.verification } : {}),
      ...(query.status === "deactivated" ? { active: false } : {}),
      ...(query.status === "active" ? { active: true, passwordHash: { not: null } } : {}),
      ...(query.status === "invited" ? { active: true, passwordHash: null } : {}),
    },
    include: ACCOUNT_INCLUDE,
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
