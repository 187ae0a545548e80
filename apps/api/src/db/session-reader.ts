// A session and its user, read through a statement prepared once on a read connection of
// its own, as db/data-version.ts reads the data version. The auth plugin keeps sessions in
// a cache keyed by the data version (decision 120), so the first request after any write
// reads its session again; through Prisma (`findUnique` with the user) that read cost
// ≈ 1–2 ms of CPU, most of it Prisma's query compiler (profiled for issue 16), prepared
// ≈ 0.05 ms. A separate connection sees exactly the committed rows (WAL), never another
// request's open transaction.
import Database from "libsql";
import type { StoredUser } from "../lib/access.ts";
import { databaseFileOf } from "./data-version.ts";
import { dateFromSql } from "./sql.ts";

const instant = (value: string | number) =>
  typeof value === "number" ? new Date(value) : dateFromSql(value);

/** The columns the auth plugin reads, as Prisma's `findUnique({ include: { user } })` gives them. */
export type SessionWithUser = {
  csrfToken: string;
  expiresAt: Date;
  lastSeenAt: Date;
  viewAsUserId: string | null;
  viewAsStartedAt: Date | null;
  userId: string;
  user: StoredUser & { active: boolean };
};

type Row = [
  string, // csrfToken
  string | number, // expiresAt
  string | number, // lastSeenAt
  string | null, // viewAsUserId
  string | number | null, // viewAsStartedAt
  string, // user id
  string, // email
  string, // name
  string, // role
  string | null, // municipalityId
  string, // verification
  number | bigint, // active (a Boolean is stored as 0 or 1)
];

const SQL = `SELECT s."csrfToken", s."expiresAt", s."lastSeenAt", s."viewAsUserId",
  s."viewAsStartedAt", u."id", u."email", u."name", u."role", u."municipalityId",
  u."verification", u."active"
  FROM "Session" AS s JOIN "User" AS u ON u."id" = s."userId" WHERE s."id" = ?`;

export type SessionReader = {
  read: (id: string) => SessionWithUser | null;
  close: () => void;
};

/** A reader for a `file:` database URL; null for other URLs (callers read through Prisma). */
export function openSessionReader(databaseUrl: string): SessionReader | null {
  const file = databaseFileOf(databaseUrl);
  if (!file) return null;
  const db = new Database(file);
  const statement = db.prepare(SQL).raw(true);
  return {
    read(id) {
      const row = statement.get(id) as Row | undefined;
      if (!row) return null;
      const [csrfToken, expiresAt, lastSeenAt, viewAsUserId, viewAsStartedAt, ...user] = row;
      const [userId, email, name, role, municipalityId, verification, active] = user;
      return {
        csrfToken,
        expiresAt: instant(expiresAt),
        lastSeenAt: instant(lastSeenAt),
        viewAsUserId,
        viewAsStartedAt: viewAsStartedAt === null ? null : instant(viewAsStartedAt),
        userId,
        user: {
          id: userId,
          email,
          name,
          role,
          municipalityId,
          verification,
          active: Number(active) !== 0,
        },
      };
    },
    close: () => db.close(),
  };
}
