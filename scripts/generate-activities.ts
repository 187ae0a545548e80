// Fills a database with realistic activities (Greek titles, every activity type, the 3 pillars,
// hosts and participants among the seeded municipalities), for development and benchmarks:
//
//   npx tsx scripts/generate-activities.ts --count 10000 --database file:./data/bench.db
//
// Applies the migrations and seeds the network first when the database is new. Written in
// batched transactions; deterministic for a given --seed.
import { parseArgs } from "node:util";
import { resolveDatabaseUrl } from "../apps/api/src/config.ts";
import { createDb } from "../apps/api/src/db/client.ts";
import { applyMigrations } from "../apps/api/src/db/migrate.ts";
import { recordAudit } from "../apps/api/src/lib/audit.ts";
import { generateActivities } from "../apps/api/src/modules/activities/generate.ts";
import { seedNetwork } from "../apps/api/src/seed/seed.ts";

const { values } = parseArgs({
  options: {
    count: { type: "string", default: "10000" },
    database: { type: "string", default: process.env.DATABASE_URL ?? "file:./data/bench.db" },
    seed: { type: "string", default: "42" },
    "batch-size": { type: "string", default: "500" },
    help: { type: "boolean", short: "h", default: false },
  },
});

if (values.help) {
  process.stdout.write(
    "Usage: npx tsx scripts/generate-activities.ts [--count N] [--database file:./data/bench.db] [--seed 42] [--batch-size 500]\n",
  );
  process.exit(0);
}

const count = Number(values.count);
const seed = Number(values.seed);
const batchSize = Number(values["batch-size"]);
if (!Number.isInteger(count) || count < 1 || !Number.isInteger(seed) || batchSize < 1) {
  process.stderr.write("--count, --seed and --batch-size must be positive whole numbers\n");
  process.exit(2);
}

const databaseUrl = resolveDatabaseUrl(values.database);
const started = performance.now();
await applyMigrations(databaseUrl);
const db = await createDb(databaseUrl);
try {
  if (await seedNetwork(db)) process.stdout.write("Seeded the network's facts\n");
  const before = await db.activity.count();
  await generateActivities(db, {
    count,
    seed,
    batchSize,
    onProgress: (done) => process.stdout.write(`\r${done} / ${count} activities`),
  });
  await db.$transaction((tx) =>
    recordAudit(tx, {
      actor: null,
      action: "activity.generate",
      entityType: "activity",
      entityId: "*",
      summary: `${count} generated activities added (seed ${seed})`,
    }),
  );
  const after = await db.activity.count();
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  process.stdout.write(
    `\nDone: ${after - before} activities added (${after} in total) to ${databaseUrl} in ${seconds} s\n`,
  );
} finally {
  await db.$disconnect();
}
