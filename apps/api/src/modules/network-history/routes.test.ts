import { addCalendarDays, athensToday } from "@cni/domain/dates";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Agent, createTestApp, signInAs, type TestContext } from "../../../test/helpers.ts";
import { notifiedWithdrawal, rescind, rescindForm } from "../../../test/withdrawal-fixtures.ts";

let ctx: TestContext;
let coordinator: Agent;
const today = athensToday();
const daysAgo = (n: number) => addCalendarDays(today, -n);

beforeAll(async () => {
  // These tests check the rules, not load shedding (see test/reliability): on a busy
  // machine the synchronous work of app.inject() must not be answered with 503s.
  ctx = await createTestApp();
  coordinator = (await signInAs(ctx, "coordinator")).agent;
});
afterAll(async () => {
  await ctx.app.close();
});

type Event = {
  kind: string;
  date: string;
  designation: { name: string } | null;
  notices: { sent: number } | null;
};

const timeline = async (id: string, query: Record<string, string> = {}, agent?: Agent) => {
  const response = await ctx.app.inject({
    method: "GET",
    url: `/api/municipalities/${id}/timeline`,
    query,
    headers: agent?.headers,
  });
  expect(response.statusCode, response.body).toBe(200);
  return response.json() as { asOf: string; events: Event[] };
};

describe("GET /api/municipalities/:id/timeline", () => {
  it("starts with the founding for Athens; for Piraeus, unknown from the founding to 2024-06-16", async () => {
    expect((await timeline("athens")).events).toEqual([
      expect.objectContaining({ kind: "founding", date: "2018-01-04", dateIsBound: false }),
    ]);
    expect((await timeline("piraeus")).events).toEqual([
      expect.objectContaining({
        kind: "membership_unknown",
        date: "2018-01-04",
        unknownUntil: "2024-06-16",
      }),
      expect.objectContaining({
        kind: "member_on_or_before",
        date: "2024-06-17",
        dateIsBound: true,
      }),
    ]);
    // as of a day in the unknown span, the span is all that is said (never "not a member")
    expect((await timeline("piraeus", { asOf: "2024-01-01" })).events.map((e) => e.kind)).toEqual([
      "membership_unknown",
    ]);
    expect((await timeline("piraeus", { asOf: "2017-12-31" })).events).toEqual([]);
  });

  it("shows Serres' council decision on its date, and no invented submission date", async () => {
    expect((await timeline("serres")).events).toEqual([
      expect.objectContaining({
        kind: "accession_decision",
        date: "2024-06-26",
        decisionNumber: "210/2024",
        decisionDate: "2024-06-26",
      }),
    ]);
  });

  it("orders notified, revoked and effective events, effective only once asOf reaches it", async () => {
    // Katerini: a paper notification 40 days ago: a party through N + 15, former from N + 16.
    // Ioannina: notified today and revoked today.
    const notifiedOn = daysAgo(40);
    const lastDayAsParty = addCalendarDays(notifiedOn, 15);
    const effectiveOn = addCalendarDays(notifiedOn, 16);
    await notifiedWithdrawal(ctx, coordinator.headers, "katerini", notifiedOn);

    const events = (await timeline("katerini")).events;
    expect(events.map((e) => [e.kind, e.date])).toEqual([
      ["membership_unknown", "2018-01-04"],
      ["member_on_or_before", "2024-06-17"],
      ["withdrawal_notified", notifiedOn],
      ["withdrawal_effective", effectiveOn],
    ]);
    expect(events[2]).toMatchObject({ lastDayAsParty, effectiveOn });
    const lastDay = (await timeline("katerini", { asOf: lastDayAsParty })).events;
    expect(lastDay.map((e) => e.kind)).toEqual([
      "membership_unknown",
      "member_on_or_before",
      "withdrawal_notified",
    ]);

    const filed = await notifiedWithdrawal(ctx, coordinator.headers, "ioannina");
    const rescinded = await rescind(
      ctx,
      coordinator.headers,
      filed.id,
      rescindForm({ decisionNumber: `90/${today.slice(0, 4)}`, decisionDate: today }),
    );
    expect(rescinded.statusCode, rescinded.body).toBe(200);
    const ioannina = (await timeline("ioannina", {}, coordinator)).events;
    expect(ioannina.map((e) => [e.kind, e.date])).toEqual([
      ["membership_unknown", "2018-01-04"],
      ["member_on_or_before", "2024-06-17"],
      ["withdrawal_notified", today],
      ["withdrawal_rescinded", today],
    ]);
    expect(ioannina[3]).toMatchObject({ decisionNumber: `90/${today.slice(0, 4)}` });
    // signed-in callers see how many parties were notified of each event
    expect(ioannina[2]?.notices?.sent).toBeGreaterThan(10);
    expect(ioannina[3]?.notices?.sent).toBe(ioannina[2]?.notices?.sent);
    // and never an "effective" event for a rescinded withdrawal, even much later
    const later = await timeline("ioannina", { asOf: addCalendarDays(today, 60) });
    expect(later.events.map((e) => e.kind)).not.toContain("withdrawal_effective");
  });

  it("shows designation changes (names of people) only to signed-in users", async () => {
    await ctx.db.designation.createMany({
      data: [
        {
          municipalityId: "tilos",
          role: "representative",
          name: "Μαρία Παπαδοπούλου",
          email: "maria@tilos.test",
          from: "2025-01-10",
          to: "2025-09-01",
        },
        {
          municipalityId: "tilos",
          role: "representative",
          name: "Γιώργος Νικολάου",
          email: "giorgos@tilos.test",
          from: "2025-09-01",
        },
      ],
    });
    const anonymous = await timeline("tilos");
    expect(anonymous.events.map((e) => e.kind)).toEqual([
      "membership_unknown",
      "member_on_or_before",
    ]);
    expect(JSON.stringify(anonymous)).not.toContain("Παπαδοπούλου");
    expect(anonymous.events.every((e) => e.notices === null)).toBe(true);

    const representative = (await signInAs(ctx, "representative", "trikala")).agent;
    const signedIn = await timeline("tilos", {}, representative);
    expect(signedIn.events.map((e) => [e.kind, e.date, e.designation?.name ?? null])).toEqual([
      ["membership_unknown", "2018-01-04", null],
      ["member_on_or_before", "2024-06-17", null],
      ["designation", "2025-01-10", "Μαρία Παπαδοπούλου"],
      ["designation", "2025-09-01", "Γιώργος Νικολάου"],
    ]);
    // as of a day in between, the first designation had no known end yet
    const mid = await timeline("tilos", { asOf: "2025-05-01" }, representative);
    expect(mid.events.at(-1)).toMatchObject({
      kind: "designation",
      designation: { name: "Μαρία Παπαδοπούλου", to: null },
    });
  });

  it("404s for an unknown municipality and 400s for a bad date", async () => {
    const unknown = await ctx.app.inject({ method: "GET", url: "/api/municipalities/x/timeline" });
    expect(unknown.statusCode).toBe(404);
    const bad = await ctx.app.inject({
      method: "GET",
      url: "/api/municipalities/athens/timeline?asOf=2026-02-29",
    });
    expect(bad.statusCode).toBe(400);
  });
});

describe("GET /api/network/members-over-time", () => {
  it("counts the members at each change date up to today", async () => {
    const response = await ctx.app.inject({
      method: "GET",
      url: "/api/network/members-over-time",
    });
    expect(response.statusCode).toBe(200);
    const body = response.json() as {
      today: string;
      points: { date: string; members: number; withdrawing: number; unknown: number }[];
    };
    expect(body.today).toBe(today);
    // the 16 early members are unknown, not absent, until 2024-06-17
    expect(body.points[0]).toEqual({ date: "2018-01-04", members: 2, withdrawing: 0, unknown: 16 });
    expect(body.points.find((p) => p.date === "2024-06-17")).toMatchObject({
      members: 18,
      unknown: 0,
    });
    expect(body.points.at(-1)?.date).toBe(today);
    const dates = body.points.map((p) => p.date);
    expect([...dates].sort()).toEqual(dates);
    expect(new Set(dates).size).toBe(dates.length);
    expect(dates.every((d) => d <= today)).toBe(true);

    // Katerini's paper withdrawal (earlier test): withdrawing from notification, gone on N + 16
    const notifiedOn = daysAgo(40);
    const effectiveOn = addCalendarDays(notifiedOn, 16);
    expect(body.points.find((p) => p.date === notifiedOn)).toEqual({
      date: notifiedOn,
      members: 18,
      withdrawing: 1,
      unknown: 0,
    });
    expect(body.points.find((p) => p.date === effectiveOn)).toEqual({
      date: effectiveOn,
      members: 17,
      withdrawing: 0,
      unknown: 0,
    });
    // agrees with the directory's count on the same day
    const directory = await ctx.app.inject({
      method: "GET",
      url: "/api/municipalities",
      query: { asOf: effectiveOn, status: "member,withdrawing" },
    });
    expect(directory.json().total).toBe(17);
  });
});
