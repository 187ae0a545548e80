// Watches the query cache for queries that could not reach the server (docs/decisions/111).
// While any query someone is looking at failed that way, the monitor asks again by itself,
// waiting longer each time (2 s, 4 s, 8 s … up to 30 s), and at once when the window gets
// focus or the browser comes back online; the shell's banner reads its state to say there is
// a connection problem and since when the data shown is old.
import { focusManager, onlineManager, type QueryClient } from "@tanstack/react-query";
import { isConnectionError } from "./connection";

export type ConnectionState = {
  /** A query on screen could not reach the server, or the browser is offline. */
  problem: boolean;
  offline: boolean;
  /** When the oldest data still on screen was fetched (ms), if a query kept its data. */
  staleSince: number | null;
  /** A new attempt is under way. */
  retrying: boolean;
};

const HEALTHY: ConnectionState = {
  problem: false,
  offline: false,
  staleSince: null,
  retrying: false,
};

export type ConnectionMonitor = {
  getState: () => ConnectionState;
  subscribe: (listener: () => void) => () => void;
  /** Asks the server again now (the "Retry now" button). */
  retryNow: () => void;
  stop: () => void;
};

export function createConnectionMonitor(
  client: QueryClient,
  { firstDelayMs = 2_000, maxDelayMs = 30_000 } = {},
): ConnectionMonitor {
  const cache = client.getQueryCache();
  const failing = new Set<string>();
  const listeners = new Set<() => void>();
  let state = HEALTHY;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let attempt = 0;

  function compute(): void {
    let staleSince: number | null = null;
    let retrying = false;
    for (const hash of failing) {
      const query = cache.get(hash);
      // a query nobody shows any more (left page) is no longer anyone's problem
      if (!query || query.getObserversCount() === 0) {
        failing.delete(hash);
        continue;
      }
      if (query.state.data !== undefined && query.state.dataUpdatedAt > 0) {
        staleSince = Math.min(staleSince ?? Number.POSITIVE_INFINITY, query.state.dataUpdatedAt);
      }
      if (query.state.fetchStatus === "fetching") retrying = true;
    }
    const offline = !onlineManager.isOnline();
    const problem = failing.size > 0 || offline;
    const next: ConnectionState = problem ? { problem, offline, staleSince, retrying } : HEALTHY;
    if (
      next.problem !== state.problem ||
      next.offline !== state.offline ||
      next.staleSince !== state.staleSince ||
      next.retrying !== state.retrying
    ) {
      state = next;
      for (const listener of listeners) listener();
    }
    schedule();
  }

  function schedule(): void {
    if (!state.problem) {
      if (timer) clearTimeout(timer);
      timer = undefined;
      attempt = 0;
      return;
    }
    if (timer) return;
    const delay = Math.min(firstDelayMs * 2 ** attempt, maxDelayMs);
    timer = setTimeout(() => {
      timer = undefined;
      attempt += 1;
      refetchFailing(false);
    }, delay);
  }

  function refetchFailing(now: boolean): void {
    if (failing.size === 0) return;
    void client
      .refetchQueries(
        {
          type: "active",
          // a query already retrying on its own is left to finish, unless asked "now"
          predicate: (query) =>
            failing.has(query.queryHash) && (now || query.state.fetchStatus !== "fetching"),
        },
        { cancelRefetch: now },
      )
      .catch(() => undefined)
      .finally(compute);
  }

  // Started after the first render (its own chunk): failures that came before count too.
  for (const query of cache.getAll()) {
    if (isConnectionError(query.state.fetchFailureReason ?? query.state.error)) {
      failing.add(query.queryHash);
    }
  }

  const unsubscribeCache = cache.subscribe((event) => {
    if (event.type === "updated") {
      const { action } = event;
      const hash = event.query.queryHash;
      if (action.type === "failed" || action.type === "error") {
        if (isConnectionError(action.error)) failing.add(hash);
        else if (action.type === "error") failing.delete(hash);
      } else if (action.type === "success") {
        failing.delete(hash);
      }
    }
    if (failing.size > 0 || state.problem) compute();
  });
  const unsubscribeOnline = onlineManager.subscribe((online) => {
    compute();
    if (online) refetchFailing(true);
  });
  const unsubscribeFocus = focusManager.subscribe((focused) => {
    if (focused && state.problem) refetchFailing(false);
  });

  compute();

  return {
    getState: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    retryNow() {
      if (timer) clearTimeout(timer);
      timer = undefined;
      refetchFailing(true);
      compute();
    },
    stop() {
      if (timer) clearTimeout(timer);
      unsubscribeCache();
      unsubscribeOnline();
      unsubscribeFocus();
    },
  };
}
