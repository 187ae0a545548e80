import { randomUUID } from "node:crypto";
import { copyFileSync, mkdirSync } from "node:fs";
import path from "node:path";
import { type App, buildApp } from "../../src/app.ts";
import { loadConfig } from "../../src/config.ts";
import type { Db } from "../../src/db/client.ts";
import { ResilientPrismaLibSQL } from "../../src/db/resilient-adapter.ts";
import type { ResilientOptions } from "../../src/db/resilient-options.ts";
import { PrismaClient } from "../../src/generated/prisma/client.ts";
import { seedNetwork } from "../../src/seed/seed.ts";
import { templateDb, testDir } from "../helpers.ts";

/** A fresh, migrated (not seeded) copy of the template database. */
export function freshDatabaseFile(): { databaseFile: string; documentsDir: string } {
  const id = randomUUID();
  const databaseFile = path.join(testDir(), `${id}.db`);
  const documentsDir = path.join(testDir(), `${id}-documents`);
  mkdirSync(documentsDir, { recursive: true });
  copyFileSync(templateDb(), databaseFile);
  return { databaseFile, documentsDir };
}

/** The app's own Prisma + resilient libSQL client, with the client's counters in reach. */
export async function openDb(databaseFile: string, options: ResilientOptions = {}) {
  const adapter = new ResilientPrismaLibSQL({ url: `file:${databaseFile}` }, options);
  const db: Db = new PrismaClient({ adapter });
  await db.$queryRawUnsafe("SELECT 1");
  if (!adapter.client) throw new Error("the adapter has not connected");
  return { db, stats: adapter.client.stats };
}

export type StatsContext = Awaited<ReturnType<typeof createStatsApp>>;

/** Like createTestApp(), but exposes the database client's statement counters. */
export async function createStatsApp(env: Record<string, string> = {}) {
  const { databaseFile, documentsDir } = freshDatabaseFile();
  const config = loadConfig({
    DATABASE_URL: `file:${databaseFile}`,
    CNI_DOCUMENTS_DIR: documentsDir,
    CNI_WEB_DIST: path.join(testDir(), "no-web-build"),
    CNI_RATE_LIMIT_MAX: "100000",
    LOG_LEVEL: "silent",
    // as createTestApp(): a busy machine must not turn these requests into 503s
    CNI_MAX_EVENT_LOOP_DELAY_MS: "0",
    ...env,
  });
  const { db, stats } = await openDb(databaseFile);
  await seedNetwork(db);
  const app: App = await buildApp({ config, db });
  await app.ready();
  return { app, db, stats, databaseFile, documentsDir };
}
