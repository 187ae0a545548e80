// Participants "as of" rule and the contents of the review report, on a network whose
// membership changed during the 2024-06-17 … 2026-06-16 period.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { type SignedIn, signInAs } from "../../../test/fixtures/personas.ts";
import { seedReviewHistory } from "../../../test/fixtures/review-history.ts";
import { useTestApp } from "../../../test/helpers.ts";

vi.useFakeTimers({ toFake: ["Date"], shouldAdvanceTime: true });
vi.setSystemTime(new Date("2026-11-25T10:00:00Z"));

const ctx = useTestApp();
let coordinator: SignedIn;

beforeAll(async () => {
  coordinator = await signInAs(ctx, "coordinator");
  await seedReviewHistory(ctx.db);
});
afterAll(() => {
  vi.useRealTimers();
});

async function cycles() {
  const response = await ctx.app.inject({ method: "GET", url: "/api/reviews" });
  return response.json() as Array<{ dueOn: string; expected: number; submitted: number }>;
}

async function detail(dueOn: string) {
  const response = await ctx.app.inject({
    method: "GET",
    url: `/api/reviews/${dueOn}`,
    headers: coordinator.headers,
  });
  expect(response.statusCode).toBe(200);
  return (response.json().participants as { municipalityId: string }[]).map(
    (p) => p.municipalityId,
  );
}

async function submit(
  municipalityId: string,
  scores: [number, number, number],
  role: "representative" | "officer" = "representative",
) {
  const agent = await signInAs(ctx, `${municipalityId}.${role}`);
  return ctx.app.inject({
    method: "PUT",
    url: `/api/reviews/2026-06-17/evaluations/${municipalityId}`,
    headers: agent.headers,
    payload: {
      scores: { employability: scores[0], municipal_structures: scores[1], inclusion: scores[2] },
      achievements: `Επιτεύγματα ${municipalityId}`,
      challenges: `Προκλήσεις ${municipalityId}`,
      proposals: `Προτάσεις ${municipalityId}`,
    },
  });
}

describe("participants of a cycle", () => {
  it("include a member that withdrew during the period and one that joined during it", async () => {
    const participants = await detail("2026-06-17");
    expect(participants).toHaveLength(19);
    expect(participants).toContain("karditsa");
    expect(participants).toContain("tilos");
    expect(participants).toContain("veria");
    expect(participants).not.toContain("serres");
    expect((await cycles()).find((c) => c.dueOn === "2026-06-17")?.expected).toBe(19);
  });

  it("exclude a municipality that joined after the period ended, and one that had left before it", async () => {
    const next = await detail("2028-06-17");
    expect(next).toContain("serres");
    expect(next).not.toContain("karditsa");
    expect(next).toHaveLength(19);
    const serres = await signInAs(ctx, "serres.officer");
    const response = await ctx.app.inject({
      method: "PUT",
      url: "/api/reviews/2026-06-17/evaluations/serres",
      headers: serres.headers,
      payload: {
        scores: { employability: 3, municipal_structures: 3, inclusion: 3 },
        achievements: "x",
        challenges: "y",
      },
    });
    expect(response.statusCode).toBe(422);
    expect(response.json().code).toBe("NOT_A_PARTICIPANT");
  });

  it("are counted as they were known on the day asked (asOf)", async () => {
    // on 2025-01-01 Veria had not joined yet
    const response = await ctx.app.inject({ method: "GET", url: "/api/reviews?asOf=2025-01-01" });
    expect(response.json()).toEqual([
      expect.objectContaining({ dueOn: "2026-06-17", status: "upcoming", expected: 18 }),
    ]);
  });

  it("lets a member that has since withdrawn evaluate the period it took part in", async () => {
    // by its officer: its representative's designation ended with its membership
    expect((await submit("karditsa", [4, 1, 4], "officer")).statusCode).toBe(201);
  });
});

describe("the review report", () => {
  it("is a live preview before closing and frozen after, with every section", async () => {
    expect((await submit("larissa", [4, 3, 5])).statusCode).toBe(201);
    expect((await submit("trikala", [2, 3, 5])).statusCode).toBe(201);

    const preview = await ctx.app.inject({
      method: "GET",
      url: "/api/reviews/2026-06-17/report",
      headers: coordinator.headers,
    });
    expect(preview.statusCode).toBe(200);
    expect(preview.json()).toMatchObject({ status: "overdue", frozen: false, asOf: "2026-11-25" });
    expect(preview.json().evaluations).toHaveLength(3); // with Karditsa's, above

    // until the cycle is closed a party sees its own evaluation only, and no per-pillar figures
    const larissa = await signInAs(ctx, "larissa.officer");
    const ownView = await ctx.app.inject({
      method: "GET",
      url: "/api/reviews/2026-06-17/report",
      headers: larissa.headers,
    });
    expect(ownView.statusCode).toBe(200);
    expect(
      ownView.json().evaluations.map((e: { municipalityId: string }) => e.municipalityId),
    ).toEqual(["larissa"]);
    expect(ownView.json().scores.every((p: { count: number }) => p.count === 0)).toBe(true);
    expect(JSON.stringify(ownView.json())).not.toContain("Επιτεύγματα trikala");

    const closed = await ctx.app.inject({
      method: "POST",
      url: "/api/reviews/2026-06-17/close",
      headers: coordinator.headers,
    });
    expect(closed.statusCode).toBe(200);
    const report = closed.json();

    expect(report).toMatchObject({
      dueOn: "2026-06-17",
      periodStart: "2024-06-17",
      periodEnd: "2026-06-16",
      status: "closed",
      frozen: true,
      expected: 19,
      submitted: 3,
    });

    expect(report.membershipChanges.accessions).toEqual([
      expect.objectContaining({ municipalityId: "veria", notifiedOn: "2025-05-05" }),
    ]);
    expect(
      report.membershipChanges.withdrawals.map((w: { municipalityId: string; status: string }) => [
        w.municipalityId,
        w.status,
      ]),
    ).toEqual([
      ["karditsa", "effective"],
      ["tilos", "rescinded"],
    ]);

    expect(report.activities.total).toBe(3);
    expect(report.activities.byPillar).toEqual({
      employability: 1,
      municipal_structures: 1,
      inclusion: 2,
    });
    const row = (type: string) =>
      report.activities.byType.find((r: { type: string }) => r.type === type);
    expect(report.activities.byType).toHaveLength(9);
    expect(row("good_practice_exchange")).toEqual({
      type: "good_practice_exchange",
      total: 1,
      pillars: { employability: 1, municipal_structures: 0, inclusion: 1 },
    });
    expect(row("study_visit").pillars.municipal_structures).toBe(1);
    expect(row("event").total).toBe(1);
    expect(row("funding").total).toBe(0);
    expect(row("other").total).toBe(0);

    expect(report.scores).toEqual([
      { pillar: "employability", distribution: [0, 1, 0, 2, 0], count: 3, mean: 3.33 },
      { pillar: "municipal_structures", distribution: [1, 0, 2, 0, 0], count: 3, mean: 2.33 },
      { pillar: "inclusion", distribution: [0, 0, 0, 1, 2], count: 3, mean: 4.67 },
    ]);

    expect(
      report.evaluations.map((e: { municipalityId: string }) => e.municipalityId).sort(),
    ).toEqual(["karditsa", "larissa", "trikala"]);
    expect(
      report.evaluations.find((e: { municipalityId: string }) => e.municipalityId === "larissa"),
    ).toMatchObject({
      achievements: "Επιτεύγματα larissa",
      challenges: "Προκλήσεις larissa",
      proposals: "Προτάσεις larissa",
    });

    const missing = report.nonSubmitting.map((m: { municipalityId: string }) => m.municipalityId);
    expect(missing).toHaveLength(16);
    expect(missing).toContain("veria");
    expect(missing).toContain("athens");
    expect(missing).not.toContain("larissa");
    expect(missing).not.toContain("serres");
    // sorted with Greek collation
    expect(report.nonSubmitting[0].nameEl).toBe("Αγίου Δημητρίου");

    // no personal data in the report
    expect(JSON.stringify(report)).not.toMatch(/@test\.cni/);

    const stored = await ctx.db.reviewCycle.findUniqueOrThrow({ where: { dueOn: "2026-06-17" } });
    expect(JSON.parse(stored.reportJson!)).toEqual(report);
  });

  it("needs a signed-in user", async () => {
    const response = await ctx.app.inject({ method: "GET", url: "/api/reviews/2026-06-17/report" });
    expect(response.statusCode).toBe(401);
  });
});
