import closeWithGrace from "close-with-grace";
import { buildApp } from "./app.ts";
import { loadConfig } from "./config.ts";
import { createDb } from "./db/client.ts";
import { applyMigrations } from "./db/migrate.ts";
import { restrictDataPermissions } from "./lib/owner-only.ts";
import { ensureCoordinator } from "./modules/users/bootstrap.ts";
import { seedNetwork } from "./seed/seed.ts";

const config = loadConfig();
const databaseFile = config.databaseUrl.startsWith("file:")
  ? config.databaseUrl.slice("file:".length)
  : null;
// owner-only database and documents (0600/0700), before anything is created
restrictDataPermissions(databaseFile, config.documentsDir);
await applyMigrations(config.databaseUrl);
const db = await createDb(config.databaseUrl);
const seeded = await seedNetwork(db);
restrictDataPermissions(databaseFile, config.documentsDir); // the files migrations just made
const app = await buildApp({
  config,
  db,
  logger: {
    level: config.logLevel,
    ...(process.stdout.isTTY ? { transport: { target: "pino-pretty" } } : {}),
  },
});
if (seeded) app.log.info("Seeded the network's facts (18 members, Serres' accession)");

const bootstrap = await ensureCoordinator(db, {
  email: config.adminEmail,
  password: config.adminPassword,
});
if (bootstrap?.generatedPassword) {
  // Printed once to the console, deliberately not through the logger (never logged again).
  process.stdout.write(
    `\nCoordinator account created: ${bootstrap.email}\nPassword (shown once): ${bootstrap.generatedPassword}\n\n`,
  );
} else if (bootstrap) {
  app.log.info(`Coordinator account created: ${bootstrap.email}`);
}

closeWithGrace({ delay: 10_000 }, async ({ signal, err }) => {
  if (err) app.log.error({ err }, "shutting down after an error");
  else app.log.info(`${signal} received, shutting down`);
  await app.close();
});

await app.listen({ port: config.port, host: config.host });
// E-mail outbox (only when SMTP_URL is set); stopped by app.close().
app.emailWorker?.start();
// Reminders: a run now, then every CNI_REMINDER_INTERVAL_MINUTES; stopped by app.close().
app.reminderScheduler?.start();
const address = app.server.address();
const port = typeof address === "object" && address ? address.port : config.port;
const shownHost = config.host === "0.0.0.0" || config.host === "::" ? "localhost" : config.host;
process.stdout.write(`\nCNI portal: http://${shownHost}:${port}/\n\n`);
