// Load shedding in-process (plugins/under-pressure.ts): a request that finds the event
// loop busy for longer than the threshold is answered 503 at once; /api/health/load
// reports the measured pressure.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestContext } from "../helpers.ts";

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestApp({ CNI_MAX_EVENT_LOOP_DELAY_MS: "200" });
});
afterAll(async () => {
  await ctx.app.close();
});

const busyFor = (ms: number) => {
  const until = performance.now() + ms;
  while (performance.now() < until) {
    // the event loop is stuck, as under a flood of synchronous work
  }
};

describe("load shedding", () => {
  it("reports the pressure at /api/health/load", async () => {
    const response = await ctx.app.inject({ method: "GET", url: "/api/health/load" });
    expect(response.statusCode).toBe(200);
    expect(response.headers["cache-control"]).toBe("no-store");
    expect(response.json()).toMatchObject({
      status: "ok",
      maxEventLoopDelayMs: 200,
      eventLoopDelayMs: expect.any(Number),
      eventLoopUtilization: expect.any(Number),
    });
  });

  it("sheds a request queued behind a congested event loop with 503 OVERLOADED and Retry-After", async () => {
    // the loop saturated for 1.5 s (no timer ran), a request waiting behind it
    const queued = ctx.app.inject({ method: "GET", url: "/api/municipalities?region=Crete" });
    busyFor(1500);
    const response = await queued;
    expect(response.statusCode).toBe(503);
    expect(response.headers["content-type"]).toContain("application/problem+json");
    expect(response.headers["retry-after"]).toBe("5");
    expect(response.json()).toMatchObject({ status: 503, code: "OVERLOADED" });
    // once the loop has come round, requests are served again
    await new Promise((resolve) => setTimeout(resolve, 1200));
    const next = await ctx.app.inject({ method: "GET", url: "/api/municipalities?region=Crete" });
    expect(next.statusCode).toBe(200);
  });

  it("does not shed the requests behind one slow request in an otherwise quiet second", async () => {
    await new Promise((resolve) => setTimeout(resolve, 1300));
    const queued = ctx.app.inject({ method: "GET", url: "/api/municipalities?region=Crete" });
    busyFor(300);
    expect((await queued).statusCode).toBe(200);
  });

  it("does not shed work that merely waited for I/O", async () => {
    await new Promise((resolve) => setTimeout(resolve, 300)); // idle, not busy
    const response = await ctx.app.inject({ method: "GET", url: "/api/health" });
    expect(response.statusCode).toBe(200);
  });
});
