import { QueryClient, QueryObserver } from "@tanstack/react-query";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { ApiError } from "./api-client";
import { isChunkLoadError } from "./chunk-load-error";
import { isConnectionError } from "./connection";
import { createConnectionMonitor } from "./connection-monitor";

const offline = () => new ApiError({ status: 0, title: "Network error", code: "NETWORK_ERROR" });

describe("isConnectionError", () => {
  it("is a network failure or a gateway status, not an answer of the API", () => {
    expect(isConnectionError(offline())).toBe(true);
    for (const status of [502, 503, 504]) {
      expect(isConnectionError(new ApiError({ status, title: "x" }))).toBe(true);
    }
    for (const status of [400, 403, 404, 409, 422, 500]) {
      expect(isConnectionError(new ApiError({ status, title: "x" }))).toBe(false);
    }
    expect(isConnectionError(new TypeError("Failed to fetch"))).toBe(true);
    expect(isConnectionError(new TypeError("x is not a function"))).toBe(false);
  });

  it("recognises a lazy chunk that could not be downloaded", () => {
    expect(
      isChunkLoadError(new TypeError("Failed to fetch dynamically imported module: /assets/a.js")),
    ).toBe(true);
    expect(isChunkLoadError(new Error("Cannot read properties of undefined"))).toBe(false);
  });
});

describe("the connection monitor", () => {
  let client: QueryClient;
  beforeEach(() => {
    vi.useFakeTimers();
    client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  });
  afterEach(() => {
    client.clear();
    vi.useRealTimers();
  });

  function watch(queryFn: () => Promise<string>) {
    const observer = new QueryObserver(client, { queryKey: ["page"], queryFn });
    const unsubscribe = observer.subscribe(() => undefined);
    return { observer, unsubscribe };
  }

  it("marks a failed first load, retries by itself with growing waits, and recovers", async () => {
    const monitor = createConnectionMonitor(client, { firstDelayMs: 1000, maxDelayMs: 4000 });
    let up = false;
    const queryFn = vi.fn(async () => {
      if (!up) throw offline();
      return "data";
    });
    watch(queryFn);
    await vi.advanceTimersByTimeAsync(0);
    expect(monitor.getState()).toMatchObject({ problem: true, staleSince: null });
    expect(queryFn).toHaveBeenCalledTimes(1);

    await vi.advanceTimersByTimeAsync(1000); // first wait
    expect(queryFn).toHaveBeenCalledTimes(2);
    await vi.advanceTimersByTimeAsync(1999); // then twice as long
    expect(queryFn).toHaveBeenCalledTimes(2);
    await vi.advanceTimersByTimeAsync(1);
    expect(queryFn).toHaveBeenCalledTimes(3);

    up = true;
    await vi.advanceTimersByTimeAsync(4000);
    expect(queryFn).toHaveBeenCalledTimes(4);
    expect(monitor.getState().problem).toBe(false);
    expect(client.getQueryData(["page"])).toBe("data");
    // healthy again: no more requests
    await vi.advanceTimersByTimeAsync(60_000);
    expect(queryFn).toHaveBeenCalledTimes(4);
    monitor.stop();
  });

  it("says since when the data on screen is old when a refetch fails", async () => {
    const monitor = createConnectionMonitor(client);
    let up = true;
    const { observer } = watch(async () => {
      if (!up) throw offline();
      return "data";
    });
    await vi.advanceTimersByTimeAsync(0);
    const fetchedAt = client.getQueryState(["page"])?.dataUpdatedAt;
    expect(monitor.getState().problem).toBe(false);

    up = false;
    await vi.advanceTimersByTimeAsync(60_000);
    await observer.refetch();
    expect(monitor.getState()).toMatchObject({ problem: true, staleSince: fetchedAt });
    expect(observer.getCurrentResult().data).toBe("data");

    up = true;
    monitor.retryNow();
    await vi.advanceTimersByTimeAsync(0);
    expect(monitor.getState()).toMatchObject({ problem: false, staleSince: null });
    monitor.stop();
  });

  it("counts a failure that came before it started (it loads after the first render)", async () => {
    let up = false;
    watch(async () => {
      if (!up) throw offline();
      return "data";
    });
    await vi.advanceTimersByTimeAsync(0);
    const monitor = createConnectionMonitor(client, { firstDelayMs: 1000 });
    expect(monitor.getState().problem).toBe(true);
    up = true;
    await vi.advanceTimersByTimeAsync(1000);
    expect(monitor.getState().problem).toBe(false);
    monitor.stop();
  });

  it("ignores answers of the API (404, 422) and queries nobody shows any more", async () => {
    const monitor = createConnectionMonitor(client);
    const { unsubscribe } = watch(async () => {
      throw new ApiError({ status: 404, title: "Not found" });
    });
    await vi.advanceTimersByTimeAsync(0);
    expect(monitor.getState().problem).toBe(false);
    unsubscribe();

    const second = new QueryObserver(client, {
      queryKey: ["other"],
      queryFn: async () => {
        throw offline();
      },
    });
    const stopWatching = second.subscribe(() => undefined);
    await vi.advanceTimersByTimeAsync(0);
    expect(monitor.getState().problem).toBe(true);
    stopWatching();
    await vi.advanceTimersByTimeAsync(2000);
    expect(monitor.getState().problem).toBe(false);
    monitor.stop();
  });
});
