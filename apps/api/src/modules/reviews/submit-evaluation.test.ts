import { afterAll, describe, expect, it, vi } from "vitest";
import { goodEvaluation as goodBody, reviewKit } from "../../../test/fixtures/reviews.ts";
import { useTestApp } from "../../../test/helpers.ts";

// The clock: "today" is 2026-11-25 in Athens for every request of this file (only Date is
// faked; timers run normally).

vi.useFakeTimers({ toFake: ["Date"], shouldAdvanceTime: true });
vi.setSystemTime(new Date("2026-11-25T10:00:00Z"));

const ctx = useTestApp();
afterAll(() => {
  vi.useRealTimers();
});
const { as, cycleOn, put } = reviewKit(() => ctx);

describe("GET /api/reviews/:dueOn", () => {
  it("404s for a date that is not a due date or a cycle that has not started", async () => {
    for (const dueOn of ["2026-06-18", "2027-06-17", "2030-06-17"]) {
      const response = await ctx.app.inject({
        method: "GET",
        url: `/api/reviews/${dueOn}`,
        headers: (await as("coordinator")).headers,
      });
      expect(response.statusCode, dueOn).toBe(404);
    }
  });

  it("requires signing in", async () => {
    const response = await ctx.app.inject({ method: "GET", url: "/api/reviews/2026-06-17" });
    expect(response.statusCode).toBe(401);
  });
});

describe("evaluations", () => {
  it("never lets anyone submit for another municipality", async () => {
    expect(
      (await put(await as("trikala.representative"), "2026-06-17", "larissa", goodBody)).statusCode,
    ).toBe(403);
    expect(
      (await put(await as("larissa.officer"), "2026-06-17", "trikala", goodBody)).statusCode,
    ).toBe(403);
    // coordinators see everything but do not evaluate on a municipality's behalf
    expect((await put(await as("coordinator"), "2026-06-17", "larissa", goodBody)).statusCode).toBe(
      403,
    );
    expect((await put(null, "2026-06-17", "larissa", goodBody)).statusCode).toBe(401);
    expect(await ctx.db.evaluation.count()).toBe(0);
  });

  it.each([
    ["a score of 0", { ...goodBody, scores: { ...goodBody.scores, inclusion: 0 } }],
    ["a score of 6", { ...goodBody, scores: { ...goodBody.scores, employability: 6 } }],
    ["a fractional score", { ...goodBody, scores: { ...goodBody.scores, inclusion: 2.5 } }],
    ["a missing pillar", { ...goodBody, scores: { employability: 3, inclusion: 3 } }],
    ["a score as text", { ...goodBody, scores: { ...goodBody.scores, inclusion: "5" } }],
    ["empty achievements", { ...goodBody, achievements: "   " }],
  ])("rejects %s with 400", async (_label, body) => {
    const response = await put(await as("larissa.representative"), "2026-06-17", "larissa", body);
    expect(response.statusCode).toBe(400);
    expect(response.json().code).toBe("VALIDATION_FAILED");
  });

  it("rejects a municipality that is not a participant (Serres, an applicant) with 422", async () => {
    const response = await put(await as("serres.officer"), "2026-06-17", "serres", goodBody);
    expect(response.statusCode).toBe(422);
    expect(response.json().code).toBe("NOT_A_PARTICIPANT");
  });

  it("rejects evaluations for a cycle that is not open yet (409)", async () => {
    const response = await put(
      await as("larissa.representative"),
      "2028-06-17",
      "larissa",
      goodBody,
    );
    expect(response.statusCode).toBe(409);
    expect(response.json().code).toBe("REVIEW_NOT_OPEN");
  });

  it("lets the representative submit (201) and the officer edit (200), with audit entries", async () => {
    const created = await put(
      await as("larissa.representative"),
      "2026-06-17",
      "larissa",
      goodBody,
    );
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({ municipalityId: "larissa", scores: goodBody.scores });

    const edited = await put(await as("larissa.officer"), "2026-06-17", "larissa", {
      ...goodBody,
      scores: { ...goodBody.scores, employability: 2 },
      proposals: undefined,
    });
    expect(edited.statusCode).toBe(200);
    expect(edited.json()).toMatchObject({ scores: { employability: 2 }, proposals: "" });
    expect(await ctx.db.evaluation.count({ where: { municipalityId: "larissa" } })).toBe(1);

    const audit = await ctx.db.auditEntry.findMany({
      where: { entityType: "evaluation", entityId: created.json().id },
      orderBy: { at: "asc" },
    });
    expect(audit.map((a) => a.action)).toEqual([
      "review.evaluation.submit",
      "review.evaluation.update",
    ]);
    expect(JSON.parse(audit[1]!.before!).scores.employability).toBe(4);

    expect((await cycleOn("2026-06-17"))?.submitted).toBe(1);
  });

  it("shows an evaluation to its own municipality and the coordinators only", async () => {
    const url = "/api/reviews/2026-06-17/evaluations/larissa";
    const own = await ctx.app.inject({
      method: "GET",
      url,
      headers: (await as("larissa.representative")).headers,
    });
    expect(own.statusCode).toBe(200);
    const coord = await ctx.app.inject({
      method: "GET",
      url,
      headers: (await as("coordinator")).headers,
    });
    expect(coord.statusCode).toBe(200);
    const other = await ctx.app.inject({
      method: "GET",
      url,
      headers: (await as("trikala.representative")).headers,
    });
    expect(other.statusCode).toBe(403);
    const missing = await ctx.app.inject({
      method: "GET",
      url: "/api/reviews/2026-06-17/evaluations/trikala",
      headers: (await as("trikala.representative")).headers,
    });
    expect(missing.statusCode).toBe(404);
  });

  it("gives coordinators every participant and others only their own status", async () => {
    const full = await ctx.app.inject({
      method: "GET",
      url: "/api/reviews/2026-06-17",
      headers: (await as("coordinator")).headers,
    });
    expect(full.statusCode).toBe(200);
    expect(full.json().participants).toHaveLength(18);
    expect(full.json().own).toBeNull();
    const larissa = full
      .json()
      .participants.find((p: { municipalityId: string }) => p.municipalityId === "larissa");
    expect(larissa).toMatchObject({ submitted: true });

    const mine = await ctx.app.inject({
      method: "GET",
      url: "/api/reviews/2026-06-17",
      headers: (await as("trikala.representative")).headers,
    });
    expect(
      mine.json().participants.map((p: { municipalityId: string }) => p.municipalityId),
    ).toEqual(["trikala"]);
    expect(mine.json().own).toEqual({
      municipalityId: "trikala",
      participant: true,
      submitted: false,
      canSubmit: true,
    });
  });
});
