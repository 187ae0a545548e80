import { mkdirSync, rmSync } from "node:fs";
import path from "node:path";
import { applyMigrations } from "../src/db/migrate.ts";

export const TEMPLATE_DIR = path.resolve(import.meta.dirname, "../../../data/test");
export const TEMPLATE_DB = path.join(TEMPLATE_DIR, "template.db");

/** Migrates one template database (with `prisma migrate deploy`); each test file copies it. */
export default async function setup() {
  rmSync(TEMPLATE_DIR, { recursive: true, force: true });
  mkdirSync(TEMPLATE_DIR, { recursive: true });
  await applyMigrations(`file:${TEMPLATE_DB}`);
}
