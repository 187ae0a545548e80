#!/usr/bin/env node
// `npm run db:new-migration -- <name>`: writes prisma/migrations/<timestamp>_<name>/migration.sql
// by diffing the schema the last migration was made from (its schema.prisma snapshot,
// kept beside each migration.sql) against the edited prisma/schema.prisma, and stores the
// new snapshot. `prisma migrate dev` needs a shadow database, which the offline Wasm engine
// cannot make; diffing against a snapshot rather than git HEAD keeps uncommitted work of
// others out of your migration.
import { execFileSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, readdirSync, writeFileSync } from "node:fs";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..");
const name = (process.argv[2] ?? "")
  .toLowerCase()
  .replace(/[^a-z0-9]+/g, "_")
  .replace(/^_|_$/g, "");
if (!name) {
  console.error("Usage: npm run db:new-migration -- <name>");
  process.exit(1);
}
const prisma = (args) =>
  execFileSync(process.execPath, [path.join(root, "node_modules/prisma/build/index.js"), ...args], {
    cwd: root,
    encoding: "utf8",
    stdio: ["ignore", "pipe", "inherit"],
  });

const migrationsDir = path.join(root, "prisma/migrations");
const latest = readdirSync(migrationsDir, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort()
  .at(-1);
const snapshot = latest ? path.join(migrationsDir, latest, "schema.prisma") : null;
if (latest && !existsSync(snapshot)) {
  console.error(`${latest} has no schema.prisma snapshot; cannot tell what it was made from.`);
  process.exit(1);
}
const from = snapshot ? ["--from-schema-datamodel", snapshot] : ["--from-empty"];
const sql = prisma([
  "migrate",
  "diff",
  ...from,
  "--to-schema-datamodel",
  "prisma/schema.prisma",
  "--script",
]);
if (!sql.trim() || /^-- This is an empty migration/.test(sql.trim())) {
  console.log("No schema change since the last migration: none written.");
  process.exit(0);
}
const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
const dir = path.join(root, "prisma/migrations", `${stamp}_${name}`);
mkdirSync(dir, { recursive: true });
writeFileSync(path.join(dir, "migration.sql"), sql);
copyFileSync(path.join(root, "prisma/schema.prisma"), path.join(dir, "schema.prisma"));
console.log(
  `Wrote ${path.relative(root, dir)}/migration.sql — review it, then commit it with the schema.`,
);
