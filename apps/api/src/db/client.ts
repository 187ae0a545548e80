import { mkdirSync } from "node:fs";
import path from "node:path";
import { PrismaLibSQL } from "@prisma/adapter-libsql";
import { PrismaClient } from "../generated/prisma/client.ts";

export type Db = PrismaClient;

export function ensureDatabaseFolder(databaseUrl: string): void {
  if (databaseUrl.startsWith("file:")) {
    mkdirSync(path.dirname(databaseUrl.slice("file:".length)), { recursive: true });
  }
}

/**
 * Prisma over libSQL. Pragmas: WAL so readers never wait for the writer, NORMAL sync
 * (safe with WAL), foreign keys on, and a busy timeout so a second writer waits
 * instead of failing with SQLITE_BUSY.
 */
export async function createDb(databaseUrl: string): Promise<Db> {
  ensureDatabaseFolder(databaseUrl);
  const adapter = new PrismaLibSQL({ url: databaseUrl });
  const db = new PrismaClient({ adapter });
  await db.$queryRawUnsafe("PRAGMA journal_mode = WAL");
  await db.$executeRawUnsafe("PRAGMA synchronous = NORMAL");
  await db.$executeRawUnsafe("PRAGMA foreign_keys = ON");
  await db.$queryRawUnsafe("PRAGMA busy_timeout = 5000");
  return db;
}

/** The transaction client type, for services that take part in a caller's transaction. */
export type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];
