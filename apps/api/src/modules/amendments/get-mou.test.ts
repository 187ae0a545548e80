import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import {
  answer,
  circulate,
  designatedRepresentative,
  propose,
} from "../../../test/amendment-fixtures.ts";
import { signInAs } from "../../../test/fixtures/personas.ts";
import { createTestApp, type TestContext } from "../../../test/helpers.ts";
import { mouClausesOn } from "./mou-versions.ts";

vi.useFakeTimers({ toFake: ["Date"], shouldAdvanceTime: true });
vi.setSystemTime(new Date("2026-11-25T10:00:00Z"));

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestApp();
});
afterAll(async () => {
  await ctx.app.close();
  vi.useRealTimers();
});

const mou = async (asOf?: string) => {
  const response = await ctx.app.inject({
    method: "GET",
    url: asOf ? `/api/mou?asOf=${asOf}` : "/api/mou",
  });
  expect(response.statusCode, response.body).toBe(200);
  return response.json();
};
const clause = (doc: { clauses: { id: string }[] }, id: string) =>
  doc.clauses.find((c) => c.id === id) as unknown as {
    textEl: string;
    textEn: string | null;
    history: { amendmentId: string; adoptedOn: string; previousTextEl: string; textEl: string }[];
    items: { id: string; textEl: string; history: unknown[] }[];
  };

describe("GET /api/mou", () => {
  it("is the 2024 text, publicly, with no amendment in force", async () => {
    const doc = await mou();
    expect(doc).toMatchObject({ asOf: "2026-11-25", amendmentsInForce: 0 });
    expect(doc.source).toContain("Σχέδιο");
    expect(clause(doc, "art-5").textEl).toContain("ανά διετία");
    expect(clause(doc, "art-5").history).toEqual([]);
  });

  it("shows an amendment from the day every party consented, with the clause's history", async () => {
    const before = clause(await mou(), "art-5").textEl;
    const rep = await designatedRepresentative(ctx, "larissa");
    const { id } = await propose(ctx, rep);
    const { parties } = await circulate(ctx, id);
    const coordinator = await signInAs(ctx, "coordinator");
    for (const p of parties) await answer(ctx, coordinator, id, p.municipalityId);

    const dayBefore = clause(await mou("2026-11-24"), "art-5");
    expect(dayBefore.textEl).toBe(before);
    const onTheDay = await mou("2026-11-25");
    expect(onTheDay.amendmentsInForce).toBe(1);
    const amended = clause(onTheDay, "art-5");
    expect(amended.textEl).toBe(
      "Η αξιολόγηση της πορείας της συνεργασίας θα πραγματοποιείται ετησίως.",
    );
    expect(amended.textEn).toBeNull();
    expect(amended.history).toEqual([
      expect.objectContaining({
        amendmentId: id,
        adoptedOn: "2026-11-25",
        previousTextEl: before,
        proposerNameEl: expect.any(String),
      }),
    ]);
  });

  it("keeps a mark set before the consent register out of the text in force", async () => {
    const rep = await designatedRepresentative(ctx, "trikala");
    const { id } = await propose(ctx, rep, {
      title: "Παλαιά έγκριση",
      clause: "art-3",
      proposedText: "Κείμενο που σημειώθηκε εγκεκριμένο.",
      rationale: "—",
    });
    await ctx.db.amendment.update({
      where: { id },
      data: { preRegisterDecision: "adopted", decisionNote: "Εγκρίθηκε από τον συντονιστή" },
    });
    const doc = await mou();
    expect(clause(doc, "art-3").textEl).not.toContain("σημειώθηκε εγκεκριμένο");
    const coordinator = await signInAs(ctx, "coordinator");
    const detail = (
      await ctx.app.inject({
        method: "GET",
        url: `/api/amendments/${id}`,
        headers: coordinator.headers,
      })
    ).json();
    expect(detail).toMatchObject({ status: "proposed", preRegisterDecision: "adopted" });
  });

  it("refuses a malformed asOf (400)", async () => {
    const response = await ctx.app.inject({ method: "GET", url: "/api/mou?asOf=2026-02-30" });
    expect(response.statusCode).toBe(400);
  });
});

describe("mouClausesOn", () => {
  const change = (over: object) => ({
    amendmentId: "a1",
    title: "T",
    clause: "art-1.3",
    proposedText: "first",
    adoptedOn: "2026-03-01",
    municipalityId: "larissa",
    proposerNameEl: "Λάρισα",
    proposerNameEn: "Larissa",
    proposedAt: new Date("2026-01-01T00:00:00Z"),
    ...over,
  });
  it("applies amendments to items in the order they came into force, each in the history", () => {
    const clauses = mouClausesOn(
      [change({ amendmentId: "a2", proposedText: "second", adoptedOn: "2026-05-01" }), change({})],
      "2026-12-31",
    );
    const item = clauses.find((c) => c.id === "art-1")?.items.find((i) => i.id === "art-1.3");
    expect(item?.textEl).toBe("second");
    expect(item?.textEn).toBeNull();
    expect(item?.history.map((h) => [h.amendmentId, h.textEl])).toEqual([
      ["a1", "first"],
      ["a2", "second"],
    ]);
    expect(item?.history[1]?.previousTextEl).toBe("first");
  });
  it("adds new clauses before the closing formula, numbered after the last article", () => {
    const clauses = mouClausesOn(
      [change({ clause: "new", proposedText: "Άρθρο νέο" })],
      "2026-03-01",
    );
    const added = clauses.at(-2);
    expect(added).toMatchObject({ kind: "new", number: 7, textEl: "Άρθρο νέο" });
    expect(clauses.at(-1)?.kind).toBe("closing");
    expect(
      mouClausesOn([change({ clause: "new" })], "2026-02-28").some((c) => c.kind === "new"),
    ).toBe(false);
  });
});
