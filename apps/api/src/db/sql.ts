// Raw SQL for measured hot paths (decision 131). `Sql` runs statements either through
// Prisma's raw API (`sqlOf(tx)`) or, inside `transactionWithSql`, straight on the libSQL
// transaction Prisma opened: a raw statement through Prisma costs ≈ 0.2–0.5 ms of CPU
// (its request pipeline, more with a large parameter), straight ≈ 0.02–0.04 ms (measured
// for issue 16). Both return rows as Prisma's `$queryRaw` does: a DATETIME column as a Date,
// a BOOLEAN as a boolean, other values as SQLite gives them (sql.test.ts compares them).
import type { ResultSet, Transaction } from "@libsql/client";
import type { Db, Tx } from "./client.ts";
import type { ResilientLibsqlClient } from "./resilient-libsql.ts";

export type SqlArg = string | number | boolean | Date | null;

export type Sql = {
  /** A statement's changed-row count. */
  run(sql: string, ...args: SqlArg[]): Promise<number>;
  /** A query's rows, typed like Prisma's `$queryRaw` rows. */
  all<T>(sql: string, ...args: SqlArg[]): Promise<T[]>;
};

/** A DateTime as Prisma's libSQL adapter stores it: ISO text with "+00:00". */
export function sqlDateTime(instant: Date): string {
  return instant.toISOString().replace("Z", "+00:00");
}

/** A stored DateTime's text as a Date (Prisma's format; SQLite's CURRENT_TIMESTAMP as UTC). */
export function dateFromSql(text: string): Date {
  return new Date(
    /^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d(\.\d+)?$/.test(text) ? `${text.replace(" ", "T")}Z` : text,
  );
}

/** A value as Prisma's adapter binds it: Dates as text, Booleans as 1/0. */
export function toSqlValue(value: SqlArg): string | number | null {
  if (value instanceof Date) return sqlDateTime(value);
  if (typeof value === "boolean") return value ? 1 : 0;
  return value;
}

const isSql = (x: Tx | Db | Sql): x is Sql => typeof (x as Sql).run === "function";

/** Statements through Prisma's raw API, inside `tx` when it is a transaction. */
export function sqlOf(db: Tx | Db | Sql): Sql {
  if (isSql(db)) return db;
  return {
    run: (sql, ...args) => db.$executeRawUnsafe(sql, ...args.map(toSqlValue)),
    all: <T>(sql: string, ...args: SqlArg[]) =>
      db.$queryRawUnsafe<T[]>(sql, ...args.map(toSqlValue)),
  };
}

/** Rows of a libSQL result as objects, typed by the columns' declared types like Prisma's. */
function rowsOf<T>(result: ResultSet): T[] {
  const { columns, columnTypes } = result;
  const kinds = columnTypes.map((type) => type.toUpperCase());
  return result.rows.map((row) => {
    const object: Record<string, unknown> = {};
    for (let i = 0; i < columns.length; i++) {
      const value = row[i];
      const kind = kinds[i];
      object[columns[i] as string] =
        value === null || value === undefined
          ? null
          : (kind === "DATETIME" || kind === "TIMESTAMP") && typeof value === "string"
            ? dateFromSql(value)
            : kind === "BOOLEAN"
              ? Boolean(value)
              : value;
    }
    return object as T;
  });
}

function direct(transaction: Transaction): Sql {
  return {
    run: async (sql, ...args) =>
      (await transaction.execute({ sql, args: args.map(toSqlValue) })).rowsAffected,
    all: async <T>(sql: string, ...args: SqlArg[]) =>
      rowsOf<T>(await transaction.execute({ sql, args: args.map(toSqlValue) })),
  };
}

/** Where createDb keeps the libSQL client under a Prisma client (read through proxies too). */
export const LIBSQL_CLIENT = Symbol("libsql client");

/**
 * `db.$transaction(fn)` that also hands `fn` an `Sql` running straight on the libSQL
 * transaction Prisma opened for it. At the moment `fn` starts, that transaction is the only
 * one open on the client's single connection (it holds the lock until it ends), so it is
 * this one; `sql` stays bound to it and fails once it has ended. Prisma calls on `tx` and
 * statements on `sql` run in the same transaction, in the order awaited. Without a
 * resilient libSQL client (another adapter), `sql` goes through Prisma.
 */
export function transactionWithSql<T>(db: Db, fn: (tx: Tx, sql: Sql) => Promise<T>): Promise<T> {
  const client = (db as unknown as { [LIBSQL_CLIENT]?: () => ResilientLibsqlClient | null })[
    LIBSQL_CLIENT
  ]?.();
  return db.$transaction(async (tx) => {
    const open = client?.openTransaction;
    return fn(tx, open ? direct(open) : sqlOf(tx));
  });
}
