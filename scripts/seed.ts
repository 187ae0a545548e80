// Prepares a database without starting the server: applies the migrations, then seeds the
// network's facts if the database has no municipality yet (the server does both at every
// start, so this is only needed to inspect or copy a fresh database).
//
//   npm run db:seed                      # the DATABASE_URL of the server (data/cni.db)
//   DATABASE_URL=file:./data/other.db npm run db:seed
import { loadConfig } from "../apps/api/src/config.ts";
import { createDb } from "../apps/api/src/db/client.ts";
import { applyMigrations } from "../apps/api/src/db/migrate.ts";
import { seedNetwork } from "../apps/api/src/seed/seed.ts";

const { databaseUrl } = loadConfig();
await applyMigrations(databaseUrl);
const db = await createDb(databaseUrl);
try {
  const seeded = await seedNetwork(db);
  process.stdout.write(
    seeded
      ? `Seeded the network's facts into ${databaseUrl}\n`
      : `${databaseUrl} already has municipalities: left as it is\n`,
  );
} finally {
  await db.$disconnect();
}
