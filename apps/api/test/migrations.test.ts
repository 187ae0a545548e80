// The migrations produce exactly the schema in schema.prisma (no drift): one file gets the
// migrations, another the SQL Prisma derives from schema.prisma; their tables, columns and
// indexes must be identical.
import { execFileSync } from "node:child_process";
import path from "node:path";
import { createClient } from "@libsql/client";
import { describe, expect, it } from "vitest";
import { repoRoot } from "../src/config.ts";
import { templateDb, testDir } from "./helpers.ts";

async function describeSchema(file: string) {
  const client = createClient({ url: `file:${file}` });
  const tables = await client.execute(
    "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> '_prisma_migrations' ORDER BY name",
  );
  const shape: Record<string, unknown> = {};
  for (const row of tables.rows) {
    const name = String(row.name);
    const columns = await client.execute(`PRAGMA table_info("${name}")`);
    const indexes = await client.execute(
      `SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = '${name}' ORDER BY name`,
    );
    const foreignKeys = await client.execute(`PRAGMA foreign_key_list("${name}")`);
    shape[name] = {
      columns: columns.rows.map((c) => [c.name, c.type, c.notnull, c.dflt_value, c.pk]),
      indexes: indexes.rows.map((i) => [i.name, i.sql]),
      foreignKeys: foreignKeys.rows.map((f) => [f.table, f.from, f.to, f.on_delete]),
    };
  }
  client.close();
  return shape;
}

describe("migrations", () => {
  it("produce exactly the schema in schema.prisma", async () => {
    const sql = execFileSync(
      process.execPath,
      [
        path.join(repoRoot, "node_modules/prisma/build/index.js"),
        "migrate",
        "diff",
        "--from-empty",
        "--to-schema-datamodel",
        "prisma/schema.prisma",
        "--script",
      ],
      { cwd: repoRoot, encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] },
    );
    const fromSchema = path.join(testDir(), "from-schema.db");
    const client = createClient({ url: `file:${fromSchema}` });
    await client.executeMultiple(sql);
    client.close();

    const migrated = await describeSchema(templateDb());
    expect(Object.keys(migrated).length).toBeGreaterThan(15);
    expect(migrated).toEqual(await describeSchema(fromSchema));
  });
});
