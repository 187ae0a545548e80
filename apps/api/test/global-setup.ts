import { copyFileSync, mkdirSync, rmSync } from "node:fs";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { createDb } from "../src/db/client.ts";
import { applyMigrations } from "../src/db/migrate.ts";
import { seedNetwork } from "../src/seed/seed.ts";

declare module "vitest" {
  export interface ProvidedContext {
    testDir: string;
  }
}

/**
 * Migrates one template database (with `prisma migrate deploy`) in a folder of this run's
 * (and this project's) own, and copies it into a second template seeded with the network's facts, once: each
 * test file copies one of them (createTestApp the seeded one; its seedNetwork then finds
 * it seeded). Removed when the run ends.
 */
export default async function setup(project: TestProject) {
  // a folder per project: the API's two projects (use cases, whole system) set up at the
  // same time, and one removing the folder the other was filling failed a run (ENOTEMPTY)
  const testDir = path.resolve(
    import.meta.dirname,
    "../../../data",
    `test-${process.pid}-${project.name}`,
  );
  rmSync(testDir, { recursive: true, force: true });
  mkdirSync(testDir, { recursive: true });
  const template = path.join(testDir, "template.db");
  await applyMigrations(`file:${template}`);
  const seeded = path.join(testDir, "seeded.db");
  copyFileSync(template, seeded);
  const db = await createDb(`file:${seeded}`);
  await seedNetwork(db);
  // everything into the main file (a copy takes seeded.db alone), then close it
  await db.$queryRawUnsafe("PRAGMA wal_checkpoint(TRUNCATE)");
  await db.$disconnect();
  project.provide("testDir", testDir);
  return () => rmSync(testDir, { recursive: true, force: true });
}
