import {
  type Client,
  type Config,
  createClient,
  type InStatement,
  type ResultSet,
  type Transaction,
} from "@libsql/client";
import {
  DEFAULT_PRAGMAS,
  type ResilientOptions,
  type ResilientStats,
} from "./resilient-options.ts";
import { isBusyError, isSqliteError, Lock, sleep } from "./sqlite-locking.ts";
import {
  databaseFileOf,
  SAFETY_NET_AUTOCHECKPOINT_PAGES,
  startWalCheckpointer,
  type WalCheckpointer,
} from "./wal-checkpointer.ts";

export { DEFAULT_PRAGMAS, isBusyError, type ResilientOptions, type ResilientStats };

/**
 * A libSQL client for a local SQLite file that cannot be poisoned by SQLITE_BUSY
 * (Prisma issue #30028, libsql-client-ts #352) and keeps its pragmas.
 *
 * What goes wrong with the stock `@libsql/client` under `@prisma/adapter-libsql`:
 * - `client.transaction()` hands the client's connection to the transaction and opens a
 *   *new* connection for everything after it, without the pragmas set at start-up: after
 *   the first interactive transaction `busy_timeout` is back to 0 and `synchronous` to
 *   FULL, and every transaction opens (and leaks until GC) one more connection.
 * - One statement that fails with SQLITE_BUSY (another process holds the write lock
 *   longer than the busy timeout) is left unfinalized on the shared connection; the next
 *   transaction then fails at COMMIT ("SQL statements in progress"), no ROLLBACK is ever
 *   sent, and the abandoned BEGIN holds the database's write lock until the process
 *   exits: every later write fails. (Reproduced here: apps/api/test/reliability/busy.test.ts.)
 *
 * What this client does instead:
 * - ONE connection for everything. The Prisma adapter already serialises all use of its
 *   client with a mutex and holds it for the whole of an interactive transaction, so a
 *   transaction can run on the same connection (an internal lock double-checks it).
 * - Transactions start with `BEGIN IMMEDIATE`: the write lock is taken up front, so a
 *   transaction never fails half-way when upgrading from a read (SQLITE_BUSY_SNAPSHOT).
 * - `busy_timeout = 0` and an *asynchronous* retry with back-off (up to `busyTimeoutMs`)
 *   when the lock is held by another process: libSQL calls are synchronous, so SQLite's
 *   own busy handler would sleep on the event loop and freeze every request meanwhile.
 *   Retrying is safe: a statement or BEGIN that failed with SQLITE_BUSY changed nothing.
 * - After any SQLite error outside a transaction, and after a failed COMMIT or any
 *   rollback following an error, the connection is rolled back and closed and a fresh one
 *   (with the pragmas) is opened: no unfinalized statement and no abandoned BEGIN survive.
 * - For a database file, WAL checkpoints run in a worker thread after writes, not inside a
 *   request's COMMIT (db/wal-checkpointer.ts, decision 130).
 */

/** The client last opened for each database URL (see rawClientFor). */
const registry = new Map<string, ResilientLibsqlClient>();

/**
 * The libSQL client under the app's Prisma client for this URL, for the few hot paths
 * where Prisma's per-query cost matters (a trivial query: ~60 µs raw, ~270 µs through
 * Prisma) — e.g. the response cache's data version. Same connection, same lock: it sees
 * exactly what Prisma sees.
 */
export function rawClientFor(url: string): ResilientLibsqlClient | undefined {
  return registry.get(url);
}

export class ResilientLibsqlClient implements Client {
  readonly protocol = "file";
  closed = false;
  readonly stats: ResilientStats = {
    statements: 0,
    connectionsOpened: 0,
    busyRetries: 0,
    busyFailures: 0,
    recycled: 0,
    transactions: 0,
  };
  readonly #config: Config;
  readonly #busyTimeoutMs: number;
  readonly #pragmas: string[];
  readonly #lock = new Lock();
  #connection: Client | null = null;
  /** The database file whose WAL a worker checkpoints (null: SQLite's own checkpoints). */
  readonly #checkpointedFile: string | null;
  #checkpointer: WalCheckpointer | null = null;
  #openTransaction: Transaction | null = null;

  constructor(config: Config, options: ResilientOptions = {}) {
    this.#config = config;
    this.#busyTimeoutMs = options.busyTimeoutMs ?? 5000;
    this.#checkpointedFile =
      (options.backgroundCheckpoints ?? true) ? databaseFileOf(config.url) : null;
    this.#pragmas = [
      ...(options.pragmas ?? DEFAULT_PRAGMAS),
      // the writer checkpoints only if the worker falls far behind
      ...(this.#checkpointedFile
        ? [`PRAGMA wal_autocheckpoint = ${SAFETY_NET_AUTOCHECKPOINT_PAGES}`]
        : []),
    ];
    registry.set(config.url, this);
  }

  /**
   * The transaction open on the connection, or null. There is at most one: it holds the
   * lock until it ends, so nothing else runs meanwhile (see db/sql.ts for who may use it).
   */
  get openTransaction(): Transaction | null {
    return this.#openTransaction;
  }

  /** A write committed: let the worker checkpoint (started on the first write). */
  #wrote(): void {
    if (!this.#checkpointedFile || this.closed) return;
    this.#checkpointer ??= startWalCheckpointer(this.#checkpointedFile);
    this.#checkpointer.nudge();
  }

  async #open(): Promise<Client> {
    if (this.#connection) return this.#connection;
    if (this.closed) throw new Error("The client is closed");
    const connection = createClient(this.#config);
    try {
      for (const pragma of this.#pragmas) await connection.execute(pragma);
    } catch (error) {
      connection.close();
      throw error;
    }
    this.stats.connectionsOpened += 1;
    this.#connection = connection;
    return connection;
  }

  /** Rolls back whatever the connection may hold, closes it; the next use opens a new one. */
  async #recycle(): Promise<void> {
    const connection = this.#connection;
    this.#connection = null;
    if (!connection) return;
    this.stats.recycled += 1;
    try {
      await connection.execute("ROLLBACK");
    } catch {
      // "no transaction is active": nothing was held.
    }
    connection.close();
  }

  /** Runs `fn` on the connection, retrying with back-off while another process holds the lock. */
  async #withRetry<T>(fn: (connection: Client) => Promise<T>): Promise<T> {
    const deadline = Date.now() + this.#busyTimeoutMs;
    let delay = 2;
    for (;;) {
      const connection = await this.#open();
      try {
        return await fn(connection);
      } catch (error) {
        if (isSqliteError(error)) await this.#recycle();
        if (!isBusyError(error)) throw error;
        const left = deadline - Date.now();
        if (left <= 0) {
          this.stats.busyFailures += 1;
          throw error;
        }
        this.stats.busyRetries += 1;
        await sleep(Math.min(delay, left));
        delay = Math.min(delay * 2, 50);
      }
    }
  }

  async execute(stmt: InStatement): Promise<ResultSet> {
    const release = await this.#lock.acquire();
    try {
      this.stats.statements += 1;
      const result = await this.#withRetry((connection) => connection.execute(stmt));
      if (result.rowsAffected > 0) this.#wrote();
      return result;
    } finally {
      release();
    }
  }

  async batch(stmts: InStatement[]): Promise<ResultSet[]> {
    const release = await this.#lock.acquire();
    try {
      const results = await this.#withRetry((connection) => connection.batch(stmts, "write"));
      this.#wrote();
      return results;
    } finally {
      release();
    }
  }

  async executeMultiple(sql: string): Promise<void> {
    const release = await this.#lock.acquire();
    try {
      await this.#withRetry((connection) => connection.executeMultiple(sql));
      this.#wrote();
    } finally {
      release();
    }
  }

  /** Always `BEGIN IMMEDIATE` on the one connection; the lock is held until commit/rollback. */
  async transaction(): Promise<Transaction> {
    const release = await this.#lock.acquire();
    let connection: Client;
    try {
      connection = await this.#withRetry(async (c) => {
        await c.execute("BEGIN IMMEDIATE");
        return c;
      });
    } catch (error) {
      release();
      throw error;
    }
    this.stats.transactions += 1;
    let open = true;
    let failed = false;
    const finish = async (recycle: boolean) => {
      open = false;
      if (this.#openTransaction === transaction) this.#openTransaction = null;
      try {
        if (recycle) await this.#recycle();
      } finally {
        release();
      }
    };
    const guard = () => {
      if (!open) throw new Error("The transaction is closed");
    };
    const run = async <T>(fn: () => Promise<T>): Promise<T> => {
      guard();
      try {
        return await fn();
      } catch (error) {
        failed = true;
        throw error;
      }
    };
    const transaction: Transaction = {
      execute: (stmt) => {
        this.stats.statements += 1;
        return run(() => connection.execute(stmt));
      },
      batch: (stmts) =>
        run(async () => {
          const results: ResultSet[] = [];
          for (const stmt of stmts) results.push(await connection.execute(stmt));
          return results;
        }),
      executeMultiple: (sql) => run(() => connection.executeMultiple(sql)),
      commit: async () => {
        guard();
        try {
          await connection.execute("COMMIT");
        } catch (error) {
          // Never leave the BEGIN behind: roll back, drop the connection, report failure.
          await finish(true);
          throw error;
        }
        await finish(false);
        this.#wrote();
      },
      rollback: async () => {
        if (!open) return;
        let rollbackFailed = false;
        try {
          await connection.execute("ROLLBACK");
        } catch {
          rollbackFailed = true;
        }
        await finish(failed || rollbackFailed);
      },
      close: () => {
        if (open) void connection.execute("ROLLBACK").finally(() => finish(true));
      },
      get closed() {
        return !open;
      },
    };
    this.#openTransaction = transaction;
    return transaction;
  }

  async sync(): Promise<void> {}

  close(): void {
    this.closed = true;
    this.#checkpointer?.close();
    this.#checkpointer = null;
    if (registry.get(this.#config.url) === this) registry.delete(this.#config.url);
    this.#connection?.close();
    this.#connection = null;
  }
}
