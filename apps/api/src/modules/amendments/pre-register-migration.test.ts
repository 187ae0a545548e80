// The migration that introduced the consent register turns a coordinator's old "adopted" /
// "rejected" marks into a record "before the consent register", invents no consent, and
// keeps such proposals out of the MoU text in force. Runs the migration's own UPDATEs on
// rows written the old way.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signInAs } from "../../../test/fixtures/personas.ts";
import { createTestApp, type TestContext } from "../../../test/helpers.ts";

const migrations = path.resolve(import.meta.dirname, "../../../../../prisma/migrations");
const folder = readdirSync(migrations).find((name) => name.endsWith("_amendment_consent_register"));

/** The data-conversion statements of that migration (its UPDATEs). */
function conversionStatements(): string[] {
  const sql = readFileSync(path.join(migrations, folder ?? "", "migration.sql"), "utf8");
  return sql
    .replace(/--[^\n]*/g, "")
    .split(";")
    .map((statement) => statement.trim())
    .filter((statement) => statement.startsWith("UPDATE"));
}

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestApp();
});
afterAll(async () => {
  await ctx.app.close();
});

describe("migration to the consent register", () => {
  it("keeps old marks as a record, invents no consent, keeps them out of the text in force", async () => {
    expect(folder).toBeDefined();
    const proposer = await signInAs(ctx, "larissa.representative");
    const old = async (status: string, clause: string) => {
      const row = await ctx.db.amendment.create({
        data: {
          title: `Παλαιά ${status}`,
          clause,
          proposedText: `Κείμενο ${status}`,
          rationale: "—",
          status,
          decisionNote: `Σημείωση ${status}`,
          proposerId: proposer.user.id,
          municipalityId: "larissa",
          statusChanges: {
            create: [
              { status: "proposed", byId: proposer.user.id },
              { status, byId: null },
            ],
          },
        },
      });
      return row.id;
    };
    const adopted = await old("adopted", "art-5");
    const rejected = await old("rejected", "art-3");
    const discussed = await old("under_discussion", "art-4");

    const statements = conversionStatements();
    expect(statements).toHaveLength(3);
    for (const statement of statements) await ctx.db.$executeRawUnsafe(statement);

    const rows = await ctx.db.amendment.findMany({
      where: { id: { in: [adopted, rejected, discussed] } },
      include: { statusChanges: { orderBy: { at: "asc" } } },
    });
    const byId = new Map(rows.map((r) => [r.id, r]));
    expect(byId.get(adopted)).toMatchObject({ status: "proposed", preRegisterDecision: "adopted" });
    expect(byId.get(rejected)).toMatchObject({
      status: "proposed",
      preRegisterDecision: "rejected",
    });
    expect(byId.get(discussed)).toMatchObject({ status: "proposed", preRegisterDecision: null });
    expect(byId.get(adopted)?.statusChanges.map((c) => c.status)).toEqual([
      "proposed",
      "pre_register_adopted",
    ]);
    expect(await ctx.db.amendmentConsent.count()).toBe(0);
    expect(await ctx.db.amendmentParty.count()).toBe(0);

    const coordinator = await signInAs(ctx, "coordinator");
    const detail = await ctx.app.inject({
      method: "GET",
      url: `/api/amendments/${adopted}`,
      headers: coordinator.headers,
    });
    expect(detail.statusCode, detail.body).toBe(200);
    expect(detail.json()).toMatchObject({
      status: "proposed",
      preRegisterDecision: "adopted",
      decisionNote: "Σημείωση adopted",
      history: [{ event: "proposed" }, { event: "pre_register_adopted" }],
    });
    const mou = (await ctx.app.inject({ method: "GET", url: "/api/mou" })).json();
    expect(mou.amendmentsInForce).toBe(0);
    expect(JSON.stringify(mou)).not.toContain("Κείμενο adopted");
  });
});
