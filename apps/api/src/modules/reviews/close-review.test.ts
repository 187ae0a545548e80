import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { signInAs } from "../../../test/fixtures/personas.ts";
import { goodEvaluation as goodBody, reviewKit } from "../../../test/fixtures/reviews.ts";
import { createTestApp, useTestApp } from "../../../test/helpers.ts";

// The clock: "today" is 2026-11-25 in Athens for every request of this file (only Date is
// faked; timers run normally).

vi.useFakeTimers({ toFake: ["Date"], shouldAdvanceTime: true });
vi.setSystemTime(new Date("2026-11-25T10:00:00Z"));

const ctx = useTestApp();
afterAll(() => {
  vi.useRealTimers();
});
const { as, cycleOn, put, post } = reviewKit(() => ctx);

// Larissa has submitted its evaluation of the 2026-06-17 cycle.
beforeAll(async () => {
  const created = await put(await as("larissa.representative"), "2026-06-17", "larissa", goodBody);
  expect(created.statusCode).toBe(201);
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
