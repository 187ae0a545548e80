import { mkdirSync } from "node:fs";
import path from "node:path";
import { PrismaClient } from "../generated/prisma/client.ts";
import { ResilientPrismaLibSQL } from "./resilient-adapter.ts";
import type { ResilientOptions } from "./resilient-options.ts";
import { LIBSQL_CLIENT } from "./sql.ts";

export type Db = PrismaClient;

export function ensureDatabaseFolder(databaseUrl: string): void {
  if (databaseUrl.startsWith("file:")) {
    mkdirSync(path.dirname(databaseUrl.slice("file:".length)), { recursive: true });
  }
}

/**
 * Prisma over libSQL. Pragmas (on every connection, see db/resilient-libsql.ts): WAL so
 * readers never wait for the writer, NORMAL sync (safe with WAL), foreign keys on; a
 * second writer (another process) is waited for, asynchronously, up to `busyTimeoutMs`
 * instead of failing with SQLITE_BUSY, and one SQLITE_BUSY can never leave the write
 * lock held (Prisma issue #30028). WAL checkpoints (the fsyncs) run in a worker thread
 * after writes rather than inside a request's COMMIT (decision 130).
 */
export async function createDb(
  databaseUrl: string,
  options: Pick<ResilientOptions, "busyTimeoutMs" | "backgroundCheckpoints"> = {},
): Promise<Db> {
  ensureDatabaseFolder(databaseUrl);
  const adapter = new ResilientPrismaLibSQL({ url: databaseUrl }, options);
  const db = new PrismaClient({ adapter });
  // for transactionWithSql (db/sql.ts): statements straight on the transaction Prisma opened
  Object.defineProperty(db, LIBSQL_CLIENT, { value: () => adapter.client });
  await db.$queryRawUnsafe("SELECT 1");
  return db;
}

/** The transaction client type, for services that take part in a caller's transaction. */
export type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];
