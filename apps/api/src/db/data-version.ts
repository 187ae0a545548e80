// The data version of decision 002 (the last AuditEntry rowid) read through a statement
// prepared once, on a read connection of its own. Through the libSQL client the statement
// was prepared anew on every request (≈ 15 % of a cached signed-in request's CPU, profiled
// for decision 120); prepared once it costs a few microseconds.
//
// A separate connection sees exactly the committed writes of every connection, this
// process's included (WAL: each statement reads the latest committed snapshot and never
// waits for a writer); a request that starts after a write's answer went out therefore
// sees that write's version.
import Database from "libsql";

type Reader = { read: () => string; close: () => void };

/** The file of a `file:` database URL; null for other URLs and in-memory databases. */
export function databaseFileOf(databaseUrl: string): string | null {
  if (!databaseUrl.startsWith("file:")) return null;
  const file = databaseUrl.slice("file:".length).split("?")[0] ?? "";
  return file && file !== ":memory:" ? file : null;
}

/** A reader for a `file:` database URL; null for other URLs (callers fall back). */
export function openDataVersionReader(databaseUrl: string): Reader | null {
  const file = databaseFileOf(databaseUrl);
  if (!file) return null;
  const db = new Database(file);
  const statement = db.prepare('SELECT max(rowid) FROM "AuditEntry"').raw(true);
  return {
    read: () => {
      const row = statement.get() as [number | bigint | null] | undefined;
      return String(row?.[0] ?? 0);
    },
    close: () => db.close(),
  };
}
