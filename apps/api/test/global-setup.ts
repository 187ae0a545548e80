import { mkdirSync, rmSync } from "node:fs";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { applyMigrations } from "../src/db/migrate.ts";

declare module "vitest" {
  export interface ProvidedContext {
    testDir: string;
  }
}

/**
 * Migrates one template database (with `prisma migrate deploy`) in a folder of this run's
 * own; each test file copies the template. Removed when the run ends.
 */
export default async function setup(project: TestProject) {
  const testDir = path.resolve(import.meta.dirname, "../../../data", `test-${process.pid}`);
  rmSync(testDir, { recursive: true, force: true });
  mkdirSync(testDir, { recursive: true });
  await applyMigrations(`file:${path.join(testDir, "template.db")}`);
  project.provide("testDir", testDir);
  return () => rmSync(testDir, { recursive: true, force: true });
}
