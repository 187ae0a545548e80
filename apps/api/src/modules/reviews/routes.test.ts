import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { type Persona, type SignedIn, signInAs } from "../../../test/fixtures/personas.ts";
import { createTestApp, type TestContext } from "../../../test/helpers.ts";

// The clock: "today" is 2026-11-25 in Athens for every request of this file (only Date is
// faked; timers run normally).

vi.useFakeTimers({ toFake: ["Date"], shouldAdvanceTime: true });
vi.setSystemTime(new Date("2026-11-25T10:00:00Z"));

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestApp();
});
const as = (persona: Persona) => signInAs(ctx, persona);
afterAll(async () => {
  await ctx.app.close();
  vi.useRealTimers();
});

const goodBody = {
  scores: { employability: 4, municipal_structures: 3, inclusion: 5 },
  achievements: "Ένα ΚΕΜ σε πλήρη λειτουργία",
  challenges: "Στέγαση",
  proposals: "Κοινή πρόταση χρηματοδότησης",
};

type Summary = { dueOn: string; status: string; expected: number; submitted: number };

async function listOn(asOf?: string): Promise<Summary[]> {
  const response = await ctx.app.inject({
    method: "GET",
    url: "/api/reviews",
    query: asOf ? { asOf } : {},
  });
  expect(response.statusCode).toBe(200);
  return response.json();
}

const cycleOn = async (dueOn: string, asOf?: string) =>
  (await listOn(asOf)).find((c) => c.dueOn === dueOn);

function put(agent: SignedIn | null, dueOn: string, municipalityId: string, payload: unknown) {
  return ctx.app.inject({
    method: "PUT",
    url: `/api/reviews/${dueOn}/evaluations/${municipalityId}`,
    headers: agent?.headers ?? {},
    payload: payload as Record<string, unknown>,
  });
}

function post(agent: SignedIn, url: string) {
  return ctx.app.inject({ method: "POST", url, headers: agent.headers });
}

describe("GET /api/reviews", () => {
  it("shows the 2026-06-17 cycle as overdue on 2026-11-25 with 18 expected and 0 submitted", async () => {
    const list = await listOn("2026-11-25");
    expect(list.map((c) => c.dueOn)).toEqual(["2026-06-17", "2028-06-17"]);
    expect(list[0]).toMatchObject({
      dueOn: "2026-06-17",
      periodStart: "2024-06-17",
      periodEnd: "2026-06-16",
      status: "overdue",
      expected: 18,
      submitted: 0,
      opensOn: "2026-04-18",
      closedAt: null,
    });
    expect(list[1]).toMatchObject({ dueOn: "2028-06-17", status: "upcoming", expected: 18 });
  });

  it("uses today's Athens date when no asOf is given (the injected clock)", async () => {
    expect(await listOn()).toEqual(await listOn("2026-11-25"));
  });

  it("is public (counts are not personal) and rejects an invalid asOf with 400", async () => {
    const bad = await ctx.app.inject({ method: "GET", url: "/api/reviews?asOf=2026-02-30" });
    expect(bad.statusCode).toBe(400);
  });

  it.each([
    ["2026-04-17", "upcoming"],
    ["2026-04-18", "open"],
    ["2026-06-17", "open"],
    ["2026-06-18", "overdue"],
  ])("the 2026 cycle on %s is %s (open 60 days before the due date)", async (asOf, status) => {
    expect((await cycleOn("2026-06-17", asOf))?.status).toBe(status);
  });

  it("has no cycles before the anchor and only the first one during its period", async () => {
    expect(await listOn("2024-06-16")).toEqual([]);
    expect((await listOn("2024-06-17")).map((c) => c.dueOn)).toEqual(["2026-06-17"]);
  });
});

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

describe("opening, reminders and closing", () => {
  it("opens an upcoming cycle early, notifying every participant exactly once", async () => {
    expect(
      (await post(await as("larissa.representative"), "/api/reviews/2028-06-17/open")).statusCode,
    ).toBe(403);
    const opened = await post(await as("coordinator"), "/api/reviews/2028-06-17/open");
    expect(opened.statusCode).toBe(200);
    expect(opened.json().recipients).toHaveLength(18);
    const notices = await ctx.db.notice.findMany({
      where: { kind: "review", event: "opened", reviewDueOn: "2028-06-17" },
    });
    expect(notices).toHaveLength(18);
    expect(new Set(notices.map((n) => n.recipientMunicipalityId)).size).toBe(18);
    expect(notices.some((n) => n.recipientMunicipalityId === "serres")).toBe(false);
    expect((await cycleOn("2028-06-17"))?.status).toBe("open");

    const again = await post(await as("coordinator"), "/api/reviews/2028-06-17/open");
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe("REVIEW_ALREADY_OPENED");
    expect(
      await ctx.db.notice.count({ where: { event: "opened", reviewDueOn: "2028-06-17" } }),
    ).toBe(18);

    // now the representatives can submit for the cycle under way
    expect(
      (await put(await as("trikala.representative"), "2028-06-17", "trikala", goodBody)).statusCode,
    ).toBe(201);
    expect(
      await ctx.db.auditEntry.count({ where: { action: "review.open", entityId: "2028-06-17" } }),
    ).toBe(1);
  });

  it("reminds only the participants that have not submitted", async () => {
    const response = await post(await as("coordinator"), "/api/reviews/2026-06-17/reminders");
    expect(response.statusCode).toBe(200);
    const recipients: string[] = response.json().recipients;
    expect(recipients).toHaveLength(17);
    expect(recipients).not.toContain("larissa");
    expect(
      await ctx.db.notice.count({ where: { event: "reminder", reviewDueOn: "2026-06-17" } }),
    ).toBe(17);
    expect(
      (await post(await as("trikala.representative"), "/api/reviews/2026-06-17/reminders"))
        .statusCode,
    ).toBe(403);
  });

  it("closes the cycle: the report is frozen and later changes are refused with 409", async () => {
    expect(
      (await put(await as("trikala.representative"), "2026-06-17", "trikala", goodBody)).statusCode,
    ).toBe(201);
    expect(
      (await post(await as("larissa.representative"), "/api/reviews/2026-06-17/close")).statusCode,
    ).toBe(403);

    const closed = await post(await as("coordinator"), "/api/reviews/2026-06-17/close");
    expect(closed.statusCode).toBe(200);
    const report = closed.json();
    expect(report).toMatchObject({ status: "closed", frozen: true, expected: 18, submitted: 2 });

    const after = await put(await as("larissa.representative"), "2026-06-17", "larissa", goodBody);
    expect(after.statusCode).toBe(409);
    expect(after.json().code).toBe("REVIEW_CLOSED");
    expect((await post(await as("coordinator"), "/api/reviews/2026-06-17/close")).statusCode).toBe(
      409,
    );
    expect(
      (await post(await as("coordinator"), "/api/reviews/2026-06-17/reminders")).statusCode,
    ).toBe(409);
    expect((await post(await as("coordinator"), "/api/reviews/2026-06-17/open")).statusCode).toBe(
      409,
    );

    // facts that change after closing do not change the frozen report
    await ctx.db.activity.create({
      data: {
        titleEl: "Ύστερη καταχώριση",
        summary: "…",
        type: "event",
        startsOn: "2025-05-05",
        status: "completed",
        visibility: "public",
        searchText: "υστερη",
        pillars: { create: [{ pillar: "inclusion" }] },
      },
    });
    const frozen = await ctx.app.inject({
      method: "GET",
      url: "/api/reviews/2026-06-17/report",
      headers: (await as("trikala.representative")).headers,
    });
    expect(frozen.statusCode).toBe(200);
    expect(frozen.json()).toEqual(report);

    expect(await cycleOn("2026-06-17")).toMatchObject({
      status: "closed",
      expected: 18,
      submitted: 2,
    });
    // as of a day before the closing, the cycle was still overdue
    expect((await cycleOn("2026-06-17", "2026-11-24"))?.status).toBe("overdue");
    const audit = await ctx.db.auditEntry.findFirst({
      where: { action: "review.close", entityId: "2026-06-17" },
    });
    expect(audit?.summary).toContain("2 of 18");
  });

  it("does not let an upcoming cycle be closed or reminded", async () => {
    // the 2028 cycle was opened above; a fresh app has an upcoming one
    const fresh = await createTestApp();
    try {
      const agent = await signInAs(fresh, "coordinator");
      for (const action of ["close", "reminders"]) {
        const response = await fresh.app.inject({
          method: "POST",
          url: `/api/reviews/2028-06-17/${action}`,
          headers: agent.headers,
        });
        expect(response.statusCode, action).toBe(409);
        expect(response.json().code).toBe("REVIEW_NOT_OPEN");
      }
    } finally {
      await fresh.app.close();
    }
  });
});
