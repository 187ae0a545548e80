// The withdrawal migration keeps every existing row and gives it the meaning of the written
// act: pending / effective / rescinded by its dates, the dates recounted as the Civil Code
// counts (a party through N + 15, former from N + 16), the declaration date kept as the
// decision date and no decision number invented.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { createClient } from "@libsql/client";
import { describe, expect, it } from "vitest";

const migrations = path.resolve(import.meta.dirname, "../../../prisma/migrations");
const folder = readdirSync(migrations).find((name) => name.endsWith("_withdrawal_written_act"));

describe("migration withdrawal_written_act", () => {
  it("converts existing withdrawals and keeps their data", async () => {
    expect(folder).toBeDefined();
    const sql = readFileSync(path.join(migrations, folder as string, "migration.sql"), "utf8");
    // The Withdrawal table as the earlier migrations left it, and the part of this migration
    // that redefines it (the rest concerns other tables).
    const redefine = sql.slice(
      sql.indexOf('CREATE TABLE "new_Withdrawal"'),
      sql.indexOf('CREATE INDEX "Withdrawal_municipalityId_idx"'),
    );
    const db = createClient({ url: ":memory:" });
    await db.executeMultiple(`
      CREATE TABLE "Municipality" ("id" TEXT NOT NULL PRIMARY KEY);
      CREATE TABLE "User" ("id" TEXT NOT NULL PRIMARY KEY);
      CREATE TABLE "Withdrawal" (
        "id" TEXT NOT NULL PRIMARY KEY, "municipalityId" TEXT NOT NULL,
        "declaredOn" TEXT NOT NULL, "notifiedOn" TEXT NOT NULL, "effectiveOn" TEXT NOT NULL,
        "reason" TEXT, "rescindedOn" TEXT, "rescindedAt" DATETIME, "createdById" TEXT,
        "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP);
      INSERT INTO "Municipality" VALUES ('katerini');
      INSERT INTO "Withdrawal" ("id","municipalityId","declaredOn","notifiedOn","effectiveOn","reason")
        VALUES ('past','katerini','2026-10-19','2026-10-20','2026-11-04','why');
      INSERT INTO "Withdrawal" ("id","municipalityId","declaredOn","notifiedOn","effectiveOn")
        VALUES ('future','katerini','2999-01-01','2999-01-01','2999-01-16');
      INSERT INTO "Withdrawal" ("id","municipalityId","declaredOn","notifiedOn","effectiveOn","rescindedOn")
        VALUES ('revoked','katerini','2025-01-01','2025-01-02','2025-01-17','2025-01-05');
    `);
    await db.executeMultiple(redefine);
    const rows = await db.execute(
      `SELECT id, status, decisionNumber, decisionDate, notifiedOn, lastDayAsParty, effectiveOn,
              rescindedOn, reason FROM "Withdrawal" ORDER BY id`,
    );
    expect(rows.rows.map((r) => ({ ...r }))).toEqual([
      {
        id: "future",
        status: "pending",
        decisionNumber: null,
        decisionDate: "2999-01-01",
        notifiedOn: "2999-01-01",
        lastDayAsParty: "2999-01-16",
        effectiveOn: "2999-01-17",
        rescindedOn: null,
        reason: null,
      },
      {
        id: "past",
        status: "effective",
        decisionNumber: null,
        decisionDate: "2026-10-19",
        notifiedOn: "2026-10-20",
        lastDayAsParty: "2026-11-04",
        effectiveOn: "2026-11-05",
        rescindedOn: null,
        reason: "why",
      },
      {
        id: "revoked",
        status: "rescinded",
        decisionNumber: null,
        decisionDate: "2025-01-01",
        notifiedOn: "2025-01-02",
        lastDayAsParty: "2025-01-17",
        effectiveOn: "2025-01-18",
        rescindedOn: "2025-01-05",
        reason: null,
      },
    ]);
    db.close();
  });
});
