// Rows written with raw SQL on a measured hot path (decision 131), stored exactly as
// Prisma's libSQL adapter stores them so that Prisma reads them back identically:
// - a DateTime is ISO text with "+00:00" ('2026-11-30T07:07:37.434+00:00');
// - a Boolean is 1 or 0;
// - ids are cuids made in JS (db/cuid.ts), the shape of Prisma's `@default(cuid())`.
// Through Prisma's query builder each model call costs ≈ 1–2 ms of CPU (query compiler and
// result mapping) whatever the SQL; a raw statement a tenth of that (profiled for issue 16).
import type { Db, Tx } from "./client.ts";
import { type Sql, type SqlArg, sqlOf } from "./sql.ts";

/** A quoted SQL identifier (table and column names come from code, never from input). */
const quoted = (name: string) => `"${name.replaceAll('"', '""')}"`;

/**
 * Inserts `rows` (all with the same columns, ids included) into `table` in ONE statement,
 * inside the caller's transaction. The values travel as parameters. Columns with a default
 * that Prisma fills in JS (`@default(now())`, `@default(cuid())`, `@updatedAt`) must be given:
 * SQLite's own defaults differ from what Prisma writes.
 */
export async function insertRows(
  db: Tx | Db | Sql,
  table: string,
  rows: Record<string, SqlArg>[],
): Promise<void> {
  const [first] = rows;
  if (!first) return;
  const columns = Object.keys(first);
  const placeholders = `(${columns.map(() => "?").join(", ")})`;
  const values: SqlArg[] = [];
  for (const row of rows) {
    for (const column of columns) {
      const value = row[column];
      if (value === undefined) throw new Error(`insertRows ${table}: a row lacks ${column}`);
      values.push(value);
    }
  }
  await sqlOf(db).run(
    `INSERT INTO ${quoted(table)} (${columns.map(quoted).join(", ")}) VALUES ${rows.map(() => placeholders).join(", ")}`,
    ...values,
  );
}

/**
 * `UPDATE table SET …changes WHERE …` in one statement; returns the number of rows changed.
 * `where` is SQL with `?` placeholders for `whereValues` (written by code, never by input).
 */
export async function updateRows(
  db: Tx | Db | Sql,
  table: string,
  changes: Record<string, SqlArg>,
  where: string,
  whereValues: SqlArg[],
): Promise<number> {
  const columns = Object.keys(changes);
  if (columns.length === 0) throw new Error(`updateRows ${table}: nothing to change`);
  return sqlOf(db).run(
    `UPDATE ${quoted(table)} SET ${columns.map((column) => `${quoted(column)} = ?`).join(", ")} WHERE ${where}`,
    ...columns.map((column) => changes[column] ?? null),
    ...whereValues,
  );
}
