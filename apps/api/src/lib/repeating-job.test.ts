// The background jobs' timer loop: first run after the delay, never two runs at once, a
// throwing run does not end the loop, a run may ask for a sooner next run, and stop() waits
// for the run in progress and ends the loop.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { RepeatingJob } from "./repeating-job.ts";

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

/** A run that stays in progress until the test lets it finish. */
function controlledRun() {
  let release: () => void = () => undefined;
  let active = 0;
  let maxActive = 0;
  let calls = 0;
  const run = async () => {
    calls += 1;
    active += 1;
    maxActive = Math.max(maxActive, active);
    await new Promise<void>((resolve) => {
      release = resolve;
    });
    active -= 1;
  };
  return {
    run,
    finish: () => release(),
    get calls() {
      return calls;
    },
    get maxActive() {
      return maxActive;
    },
  };
}

describe("RepeatingJob", () => {
  it("runs first after the start delay, then every interval after a run ends", async () => {
    const run = vi.fn(async () => undefined);
    const job = new RepeatingJob({ run, intervalMs: 1_000, firstRunDelayMs: 500 });
    job.start();
    job.start(); // idempotent: still one loop
    await vi.advanceTimersByTimeAsync(499);
    expect(run).toHaveBeenCalledTimes(0);
    await vi.advanceTimersByTimeAsync(1);
    expect(run).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(999);
    expect(run).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(run).toHaveBeenCalledTimes(2);
    await job.stop();
  });

  it("never overlaps: a slow run delays the next one past the interval", async () => {
    const slow = controlledRun();
    const job = new RepeatingJob({ run: slow.run, intervalMs: 100 });
    job.start();
    await vi.advanceTimersByTimeAsync(0);
    expect(slow.calls).toBe(1);
    // the run lasts ten intervals: no second run starts meanwhile
    await vi.advanceTimersByTimeAsync(1_000);
    expect(slow.calls).toBe(1);
    slow.finish();
    await vi.advanceTimersByTimeAsync(100);
    expect(slow.calls).toBe(2);
    expect(slow.maxActive).toBe(1);
    slow.finish();
    await job.stop();
  });

  it("survives a throwing run: reports it and runs again", async () => {
    const errors: unknown[] = [];
    let calls = 0;
    const job = new RepeatingJob({
      run: async () => {
        calls += 1;
        if (calls === 1) throw new Error("database unreachable");
      },
      intervalMs: 100,
      onError: (err) => errors.push(err),
    });
    job.start();
    await vi.advanceTimersByTimeAsync(0);
    expect(calls).toBe(1);
    expect(errors).toHaveLength(1);
    expect((errors[0] as Error).message).toBe("database unreachable");
    await vi.advanceTimersByTimeAsync(100);
    expect(calls).toBe(2);
    expect(errors).toHaveLength(1);
    await job.stop();
  });

  it("survives a run that throws synchronously", async () => {
    let calls = 0;
    const job = new RepeatingJob({
      run: () => {
        calls += 1;
        throw new Error("boom");
      },
      intervalMs: 100,
    });
    job.start();
    await vi.advanceTimersByTimeAsync(250);
    expect(calls).toBe(3);
    await job.stop();
  });

  it("goes on when reporting a failed run throws too", async () => {
    let calls = 0;
    const job = new RepeatingJob({
      run: async () => {
        calls += 1;
        throw new Error("run failed");
      },
      intervalMs: 100,
      onError: () => {
        throw new Error("logger failed");
      },
    });
    job.start();
    await vi.advanceTimersByTimeAsync(250);
    expect(calls).toBe(3);
    await job.stop();
  });

  it("takes the delay a run asks for instead of the interval", async () => {
    const asks = [10, undefined];
    const run = vi.fn(async () => asks.shift());
    const job = new RepeatingJob({ run, intervalMs: 1_000 });
    job.start();
    await vi.advanceTimersByTimeAsync(0);
    expect(run).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(10);
    expect(run).toHaveBeenCalledTimes(2);
    await vi.advanceTimersByTimeAsync(999);
    expect(run).toHaveBeenCalledTimes(2);
    await vi.advanceTimersByTimeAsync(1);
    expect(run).toHaveBeenCalledTimes(3);
    await job.stop();
  });

  it("stops on close: waits for the run in progress, then runs no more", async () => {
    const slow = controlledRun();
    const job = new RepeatingJob({ run: slow.run, intervalMs: 100 });
    job.start();
    await vi.advanceTimersByTimeAsync(0);
    expect(slow.calls).toBe(1);
    let stopped = false;
    const stopping = job.stop().then(() => {
      stopped = true;
    });
    await vi.advanceTimersByTimeAsync(0);
    expect(stopped).toBe(false); // still waiting for the run
    slow.finish();
    await stopping;
    expect(stopped).toBe(true);
    await vi.advanceTimersByTimeAsync(10_000);
    expect(slow.calls).toBe(1);
  });

  it("stopped before the first run, never runs", async () => {
    const run = vi.fn(async () => undefined);
    const job = new RepeatingJob({ run, intervalMs: 100, firstRunDelayMs: 50 });
    job.start();
    await job.stop();
    await vi.advanceTimersByTimeAsync(1_000);
    expect(run).not.toHaveBeenCalled();
  });
});
