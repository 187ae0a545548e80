// The options, pragmas and counters of the resilient libSQL client (resilient-libsql.ts).

export type ResilientOptions = {
  /** How long to keep retrying while another process holds the write lock. */
  busyTimeoutMs?: number;
  /** Pragmas applied to every connection this client opens. */
  pragmas?: string[];
  /** Checkpoint the WAL in a worker thread (default: for a database file). */
  backgroundCheckpoints?: boolean;
};

export const DEFAULT_PRAGMAS = [
  "PRAGMA journal_mode = WAL",
  "PRAGMA synchronous = NORMAL",
  "PRAGMA foreign_keys = ON",
  // Waiting is done asynchronously by this client (see above), never inside SQLite.
  "PRAGMA busy_timeout = 0",
];

/** Counters for tests and the soak report. */
export type ResilientStats = {
  /** Statements sent to SQLite (outside and inside transactions). */
  statements: number;
  connectionsOpened: number;
  busyRetries: number;
  busyFailures: number;
  recycled: number;
  transactions: number;
};
