import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestContext } from "../../../test/helpers.ts";

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestApp();
});
afterAll(async () => {
  await ctx.app.close();
});

const list = async (query: Record<string, string> = {}) => {
  const response = await ctx.app.inject({ method: "GET", url: "/api/municipalities", query });
  return {
    response,
    body: response.json() as {
      items: Array<Record<string, unknown>>;
      total: number;
      counts: Record<string, number>;
    },
  };
};

describe("GET /api/municipalities", () => {
  it("lists the 18 members and Serres as applicant, sorted in Greek", async () => {
    const { body } = await list();
    expect(body.total).toBe(19);
    const byStatus = Object.groupBy(body.items, (m) => String(m.status));
    expect(byStatus.member).toHaveLength(18);
    expect(byStatus.applicant?.map((m) => m.id)).toEqual(["serres"]);
    expect(body.items[0]?.nameEl).toBe("Αγίου Δημητρίου");
    expect(body.items.at(-1)?.nameEl).toBe("Χανίων");
  });

  it("gives founding dates exactly and the others only 'on or before 2024-06-17'", async () => {
    const { body } = await list();
    const athens = body.items.find((m) => m.id === "athens");
    const piraeus = body.items.find((m) => m.id === "piraeus");
    expect(athens).toMatchObject({
      founding: true,
      memberSince: "2018-01-04",
      memberSinceOnOrBefore: null,
    });
    expect(piraeus).toMatchObject({
      founding: false,
      memberSince: null,
      memberSinceOnOrBefore: "2024-06-17",
    });
  });

  it.each(["σερρων", "ΣΕΡΡΩΝ", "Σερρών", "σερρες", "Σέρρες", "serres", "SERR"])(
    "finds Serres with q=%s",
    async (q) => {
      const { body } = await list({ q });
      expect(body.items.map((m) => m.id)).toEqual(["serres"]);
    },
  );

  it("matches English names and accents in the middle of a word", async () => {
    expect((await list({ q: "ηρακλειου" })).body.items.map((m) => m.id)).toEqual(["heraklion"]);
    expect((await list({ q: "Kalamar" })).body.items.map((m) => m.id)).toEqual(["kalamaria"]);
    // a regional unit's name finds the municipalities in it
    expect((await list({ q: "Thessal" })).body.items.map((m) => m.id)).toEqual([
      "delta",
      "thessaloniki",
      "kalamaria",
      "neapoli-sykies",
    ]);
  });

  it("as of 2020-01-01: 2 members and 16 unknown, none 'not a member' among them", async () => {
    const { body } = await list({ asOf: "2020-01-01" });
    expect(body.counts).toMatchObject({ member: 2, unknown: 16, withdrawing: 0, former: 0 });
    const unknown = body.items.filter((m) => m.status === "unknown");
    expect(unknown).toHaveLength(16);
    expect(unknown.every((m) => m.memberSinceOnOrBefore === "2024-06-17")).toBe(true);
    // only Serres (no declaration recorded then) is "none"
    expect(body.items.filter((m) => m.status === "none").map((m) => m.id)).toEqual(["serres"]);
    // the counts are taken before the status filter
    const members = await list({ asOf: "2020-01-01", status: "member" });
    expect(members.body.total).toBe(2);
    expect(members.body.counts.unknown).toBe(16);
    // from 2024-06-17 they are members; the day before still unknown
    expect((await list({ asOf: "2024-06-16" })).body.counts.unknown).toBe(16);
    expect((await list({ asOf: "2024-06-17" })).body.counts).toMatchObject({
      member: 18,
      unknown: 0,
    });
  });

  it("shows no members as of 2017-12-31 and only the founders as of 2018-01-04", async () => {
    const before = await list({ asOf: "2017-12-31" });
    expect(before.body.items.filter((m) => m.status === "member")).toHaveLength(0);
    // before the network existed nobody is "unknown": everyone is none
    expect(before.body.counts).toMatchObject({ none: 19, unknown: 0 });
    const founding = await list({ asOf: "2018-01-04", status: "member" });
    expect(founding.body.items.map((m) => m.id).sort()).toEqual(["athens", "thessaloniki"]);
  });

  it("filters by a comma list of statuses and by region", async () => {
    expect((await list({ status: "applicant,withdrawing" })).body.total).toBe(1);
    const thessaly = await list({ region: "Θεσσαλία" });
    expect(thessaly.body.items.map((m) => m.id).sort()).toEqual(["karditsa", "larissa", "trikala"]);
    expect((await list({ region: "Thessaly" })).body.total).toBe(3);
  });

  it.each([
    ["asOf", "2026-13-01"],
    ["asOf", "2026-02-29"],
    ["asOf", "yesterday"],
    ["status", "member,president"],
  ])("rejects %s=%s with a 400 problem+json", async (key, value) => {
    const { response } = await list({ [key]: value });
    expect(response.statusCode).toBe(400);
    expect(response.headers["content-type"]).toContain("application/problem+json");
    expect(response.json()).toMatchObject({ status: 400, code: "VALIDATION_FAILED" });
    expect(response.json().errors[0].path).toMatch(new RegExp(`^${key}`));
  });
});

describe("GET /api/municipalities/:id", () => {
  it("returns Serres with its submitted accession in the history", async () => {
    const response = await ctx.app.inject({ method: "GET", url: "/api/municipalities/serres" });
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body.status).toBe("applicant");
    expect(body.history.accessions).toEqual([
      expect.objectContaining({
        status: "submitted",
        decisionNumber: "210/2024",
        decisionDate: "2024-06-26",
      }),
    ]);
  });

  it("returns a founding member's period", async () => {
    const body = (
      await ctx.app.inject({ method: "GET", url: "/api/municipalities/athens" })
    ).json();
    expect(body.history.periods).toEqual([
      { basis: "founding", from: "2018-01-04", fromOnOrBefore: null, until: null },
    ]);
  });

  it("404s with problem+json for an unknown id", async () => {
    const response = await ctx.app.inject({ method: "GET", url: "/api/municipalities/atlantis" });
    expect(response.statusCode).toBe(404);
    expect(response.headers["content-type"]).toContain("application/problem+json");
  });
});
