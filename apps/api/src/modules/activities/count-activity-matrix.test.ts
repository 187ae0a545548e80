import { beforeAll, describe, expect, it } from "vitest";
import { activityKit, workshop } from "../../../test/fixtures/activities.ts";
import type { SignedIn } from "../../../test/fixtures/personas.ts";
import { useTestApp } from "../../../test/helpers.ts";

const ctx = useTestApp();
const { as, createOk } = activityKit(() => ctx);

describe("matrix and pillar page", () => {
  let scoped: { q: string };
  beforeAll(async () => {
    const q = "Μητρώο";
    scoped = { q };
    await createOk(
      workshop({ titleEl: `${q} α`, pillars: ["employability", "inclusion"], type: "event" }),
    );
    await createOk(workshop({ titleEl: `${q} β`, pillars: ["employability"], type: "event" }));
    await createOk(
      workshop({
        titleEl: `${q} γ`,
        pillars: ["inclusion"],
        type: "study_visit",
        visibility: "members",
      }),
    );
  });

  it("counts per type × pillar for the same filters and visibility", async () => {
    const get = async (agent?: SignedIn) => {
      const response = await ctx.app.inject({
        method: "GET",
        url: "/api/activities/matrix",
        query: scoped,
        headers: agent ? { cookie: agent.cookie } : {},
      });
      expect(response.statusCode).toBe(200);
      return response.json() as {
        cells: { type: string; pillar: string; count: number }[];
        byType: { type: string; count: number }[];
        byPillar: { pillar: string; count: number }[];
        total: number;
      };
    };
    const cell = (m: Awaited<ReturnType<typeof get>>, type: string, pillar: string) =>
      m.cells.find((c) => c.type === type && c.pillar === pillar)?.count;
    const anon = await get();
    expect(anon.cells).toHaveLength(9 * 3); // the eight types of the MoU and `other`, by pillar
    expect(cell(anon, "event", "employability")).toBe(2);
    expect(cell(anon, "event", "inclusion")).toBe(1);
    expect(cell(anon, "study_visit", "inclusion")).toBe(0);
    expect(anon.byType.find((t) => t.type === "event")?.count).toBe(2);
    expect(anon.byPillar).toEqual([
      { pillar: "employability", count: 2 },
      { pillar: "municipal_structures", count: 0 },
      { pillar: "inclusion", count: 1 },
    ]);
    expect(anon.total).toBe(2);
    const member = await get(await as("larissa.representative"));
    expect(cell(member, "study_visit", "inclusion")).toBe(1);
    expect(member.total).toBe(3);
  });

  it("is answered from the response cache until an activity changes", async () => {
    const get = () =>
      ctx.app.inject({ method: "GET", url: "/api/activities/matrix", query: { q: "Κρυφή" } });
    const first = await get();
    const second = await get();
    expect(second.headers["x-cache"]).toBe("hit");
    expect(second.json()).toEqual(first.json());
    expect((first.json() as { total: number }).total).toBe(0);
    // a new activity is an audited write: the next answer is counted again
    await createOk(workshop({ titleEl: "Κρυφή συνάντηση", pillars: ["inclusion"], type: "event" }));
    const after = await get();
    expect(after.headers["x-cache"]).toBe("miss");
    expect((after.json() as { total: number }).total).toBe(1);
  });

  it("describes a pillar with its activities by type and the municipalities taking part", async () => {
    const response = await ctx.app.inject({ method: "GET", url: "/api/pillars/employability" });
    expect(response.statusCode).toBe(200);
    const body = response.json() as {
      nameEl: string;
      descriptionEn: string;
      total: number;
      byType: { type: string; count: number }[];
      municipalities: { id: string; hosted: number; joined: number }[];
    };
    expect(body.nameEl).toBe("Απασχολησιμότητα");
    expect(body.descriptionEn).toContain("labour market");
    expect(body.byType).toHaveLength(9);
    expect(body.byType.reduce((sum, t) => sum + t.count, 0)).toBe(body.total);
    const larissa = body.municipalities.find((m) => m.id === "larissa");
    const trikala = body.municipalities.find((m) => m.id === "trikala");
    expect(larissa?.hosted).toBeGreaterThan(0);
    expect(trikala?.joined).toBeGreaterThan(0);
    expect(body.municipalities.find((m) => m.id === "chania")).toBeUndefined();
    expect((await ctx.app.inject({ method: "GET", url: "/api/pillars/sports" })).statusCode).toBe(
      404,
    );
  });
});
