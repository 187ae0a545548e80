// Scale: the generator fills a database; list queries paginate in SQL (LIMIT/OFFSET and a
// COUNT) and every one of them reads Activity through an index (EXPLAIN QUERY PLAN).
import type { ActivityFilter } from "@cni/contracts/activities";
import { ACTIVITY_TYPES } from "@cni/domain/enums";
import { PrismaLibSQL } from "@prisma/adapter-libsql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestContext } from "../../../test/helpers.ts";
import { PrismaClient } from "../../generated/prisma/client.ts";
import type { SessionUser } from "../../lib/access.ts";
import { countActivityMatrix } from "./count-activity-matrix.ts";
import { generateActivities } from "./generate.ts";
import { listActivities } from "./list-activities.ts";

let ctx: TestContext;
let logged: PrismaClient<"query">;
const queries: { query: string; params: string }[] = [];

const COUNT = 2000;
// a representative of a member: sees members-only activities too
const member: SessionUser = {
  id: "u",
  email: "u@test.cni",
  name: "U",
  role: "representative",
  municipalityId: "larissa",
  verification: "verified",
};

beforeAll(async () => {
  // Load shedding (503 when the event loop lags) is not what these tests are about, and a
  // busy test machine must not fail them.
  ctx = await createTestApp();
  await generateActivities(ctx.db, { count: COUNT, seed: 7, batchSize: 400 });
  logged = new PrismaClient({
    adapter: new PrismaLibSQL({ url: `file:${ctx.databaseFile}` }),
    log: [{ emit: "event", level: "query" }],
  }) as unknown as PrismaClient<"query">;
  logged.$on("query", (event) => queries.push({ query: event.query, params: event.params }));
});
afterAll(async () => {
  await logged.$disconnect();
  await ctx.app.close();
});

describe("generate-activities", () => {
  it("writes realistic activities: Greek titles, ≥ 1 pillar, hosts and participants", async () => {
    expect(await ctx.db.activity.count()).toBe(COUNT);
    const withoutPillar = await ctx.db.activity.count({ where: { pillars: { none: {} } } });
    expect(withoutPillar).toBe(0);
    const sample = await ctx.db.activity.findFirst({ include: { pillars: true } });
    expect(sample?.titleEl).toMatch(/[Α-Ωα-ω]/);
    const types = await ctx.db.activity.groupBy({ by: ["type"], _count: { _all: true } });
    expect(types).toHaveLength(ACTIVITY_TYPES.length);
    expect(await ctx.db.activityParticipant.count()).toBeGreaterThan(COUNT);
    const funding = await ctx.db.activity.findFirst({ where: { type: "funding" } });
    expect(funding?.fundingProgramme).toBeTruthy();
    expect(funding?.fundingDeadline).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
});

describe("list queries at scale", () => {
  const cases: [string, SessionUser | null, ActivityFilter][] = [
    ["anonymous, no filter", null, {}],
    ["member, no filter", member, {}],
    ["pillar", null, { pillar: ["inclusion"] }],
    ["pillar and type", member, { pillar: ["employability"], type: ["event"] }],
    ["municipality (hosted or joined)", member, { municipalityId: "larissa" }],
    ["date range", member, { from: "2026-01-01", to: "2026-03-31" }],
    ["free text", member, { q: "εργαστηριο" }],
    ["proposals", { ...member, role: "coordinator", municipalityId: null }, { published: false }],
  ];

  it.each(cases)("%s: paginated in SQL and read through an index", async (_name, actor, filter) => {
    queries.length = 0;
    const page = await listActivities(logged, {
      actor,
      query: { ...filter, page: 2, pageSize: 25, sort: "-startsOn" },
    });
    expect(page.items.length).toBeLessThanOrEqual(25);
    expect(page.total).toBeGreaterThan(0);
    const activityQueries = queries.filter((q) => /FROM `main`\.`Activity`/.test(q.query));
    const select = activityQueries.find((q) => q.query.startsWith("SELECT `main`.`Activity`.`id`"));
    expect(select?.query).toMatch(/LIMIT \? OFFSET \?/);
    expect((JSON.parse(select?.params ?? "[]") as unknown[]).map(String)).toEqual(
      expect.arrayContaining(["25", "25"]),
    );
    expect(activityQueries.some((q) => q.query.includes("COUNT("))).toBe(true);
    for (const q of activityQueries) {
      const plan = await logged.$queryRawUnsafe<{ detail: string }[]>(
        `EXPLAIN QUERY PLAN ${q.query}`,
        ...JSON.parse(q.params),
      );
      const details = plan.map((p) => p.detail);
      // never a full scan of the Activity table
      expect(
        details.filter((d) => /^SCAN (main\.)?Activity\b/.test(d)),
        details.join("\n"),
      ).toEqual([]);
      expect(
        details.some((d) => /USING (COVERING )?INDEX/.test(d)),
        details.join("\n"),
      ).toBe(true);
    }
  });

  it("orders the signed-in list by date straight from an index", async () => {
    queries.length = 0;
    await listActivities(logged, {
      actor: member,
      query: { page: 1, pageSize: 20, sort: "-startsOn" },
    });
    const select = queries.find((q) => q.query.startsWith("SELECT `main`.`Activity`.`id`"));
    const plan = await logged.$queryRawUnsafe<{ detail: string }[]>(
      `EXPLAIN QUERY PLAN ${select?.query}`,
      ...JSON.parse(select?.params ?? "[]"),
    );
    const details = plan.map((p) => p.detail).join("\n");
    expect(details).toContain("Activity_published_startsOn_idx");
    // only the tie-breaker (id) is sorted, not the whole table by date
    expect(details).not.toMatch(/USE TEMP B-TREE FOR ORDER BY/);
  });

  it("the matrix agrees with the list totals", async () => {
    const matrix = await countActivityMatrix(ctx.db, { actor: member, filter: {} });
    const all = await listActivities(ctx.db, {
      actor: member,
      query: { page: 1, pageSize: 1, sort: "-startsOn" },
    });
    expect(matrix.total).toBe(all.total);
    expect(matrix.byType.reduce((sum, t) => sum + t.count, 0)).toBe(all.total);
    for (const { pillar, count } of matrix.byPillar) {
      const byPillar = await listActivities(ctx.db, {
        actor: member,
        query: { pillar: [pillar], page: 1, pageSize: 1, sort: "-startsOn" },
      });
      expect(count).toBe(byPillar.total);
    }
  });
});
