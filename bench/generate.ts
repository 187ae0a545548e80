// The benchmark database: the seeded network, ≈ 400 municipalities with their histories
// (bench/fixtures.ts: accepted accessions, withdrawals, 160 applicants with submitted
// declarations, designations, officers and representatives), tens of thousands of notices
// and audit entries, and 10,000 activities (the activities module's generator).
//
//   npx tsx bench/generate.ts [--database file:./data/bench/bench.db] [--activities 10000]
import { rmSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { repoRoot, resolveDatabaseUrl } from "../apps/api/src/config.ts";
import { createDb } from "../apps/api/src/db/client.ts";
import { applyMigrations } from "../apps/api/src/db/migrate.ts";
import { recordAudit } from "../apps/api/src/lib/audit.ts";
import { seedNetwork } from "../apps/api/src/seed/seed.ts";
import { addBenchCoordinator, addNetwork } from "./fixtures.ts";

export const BENCH_PLAN = {
  count: 381, // + the 19 seeded = 400
  members: 200,
  former: 15,
  withdrawing: 6,
  seed: 2026,
  extraAuditEntries: 15_000,
};

export type BenchData = {
  municipalities: number;
  members: string[];
  submitted: string[];
  activities: number;
  notices: number;
  auditEntries: number;
  seconds: number;
};

export async function generateBenchDatabase(
  databaseFile: string,
  options: { activities?: number; log?: (line: string) => void } = {},
): Promise<BenchData> {
  const log = options.log ?? (() => {});
  const started = performance.now();
  for (const suffix of ["", "-wal", "-shm"]) rmSync(`${databaseFile}${suffix}`, { force: true });
  const url = `file:${databaseFile}`;
  await applyMigrations(url);
  const db = await createDb(url);
  try {
    await seedNetwork(db);
    await addBenchCoordinator(db);
    log("municipalities, histories, notices, audit entries…");
    const network = await addNetwork(db, BENCH_PLAN);
    const activityCount = options.activities ?? 10_000;
    if (activityCount > 0) {
      // the activities engineer's generator (apps/api/src/modules/activities/generate.ts)
      const generator = await import("../apps/api/src/modules/activities/generate.ts").catch(
        () => null,
      );
      if (generator) {
        log(`${activityCount} activities…`);
        await generator.generateActivities(db, { count: activityCount, seed: 42, batchSize: 500 });
        await db.$transaction((tx) =>
          recordAudit(tx, {
            actor: null,
            action: "activity.generate",
            entityType: "activity",
            entityId: "*",
            summary: `${activityCount} generated activities (benchmark)`,
          }),
        );
      } else {
        log("no activities generator (modules/activities/generate.ts): no activities");
      }
    }
    const [municipalities, activities, notices, auditEntries] = await Promise.all([
      db.municipality.count(),
      db.activity.count(),
      db.notice.count(),
      db.auditEntry.count(),
    ]);
    // a compact file with fresh statistics for the query planner
    await db.$executeRawUnsafe("ANALYZE");
    return {
      municipalities,
      members: network.members,
      submitted: network.submitted,
      activities,
      notices,
      auditEntries,
      seconds: Math.round((performance.now() - started) / 100) / 10,
    };
  } finally {
    await db.$disconnect();
  }
}

if (import.meta.main) {
  const { values } = parseArgs({
    options: {
      database: { type: "string", default: "file:./data/bench/bench.db" },
      activities: { type: "string", default: "10000" },
    },
  });
  const file = resolveDatabaseUrl(values.database).slice("file:".length);
  const data = await generateBenchDatabase(file, {
    activities: Number(values.activities),
    log: (line) => process.stdout.write(`${line}\n`),
  });
  process.stdout.write(
    `${path.relative(repoRoot, file)}: ${data.municipalities} municipalities, ${data.activities} activities, ` +
      `${data.notices} notices, ${data.auditEntries} audit entries, ${data.submitted.length} submitted declarations (${data.seconds} s)\n`,
  );
}
