import { afterAll, describe, expect, it, vi } from "vitest";
import { reviewKit } from "../../../test/fixtures/reviews.ts";
import { useTestApp } from "../../../test/helpers.ts";

// The clock: "today" is 2026-11-25 in Athens for every request of this file (only Date is
// faked; timers run normally).

vi.useFakeTimers({ toFake: ["Date"], shouldAdvanceTime: true });
vi.setSystemTime(new Date("2026-11-25T10:00:00Z"));

const ctx = useTestApp();
afterAll(() => {
  vi.useRealTimers();
});

const { listOn, cycleOn } = reviewKit(() => ctx);

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
