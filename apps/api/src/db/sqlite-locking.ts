// The small pieces the resilient libSQL client (resilient-libsql.ts) waits and retries with:
// which SQLite errors mean "another process holds the lock", and a FIFO lock for the one
// connection.

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export function isBusyError(error: unknown): boolean {
  if (!error || typeof error !== "object") return false;
  const { code, rawCode } = error as { code?: unknown; rawCode?: unknown };
  if (typeof rawCode === "number" && ((rawCode & 0xff) === 5 || (rawCode & 0xff) === 6)) {
    return true;
  }
  return typeof code === "string" && (code.startsWith("SQLITE_BUSY") || code === "SQLITE_LOCKED");
}

export const isSqliteError = (error: unknown) =>
  !!error &&
  typeof error === "object" &&
  typeof (error as { code?: unknown }).code === "string" &&
  (error as { code: string }).code.startsWith("SQLITE");

/** A tiny FIFO lock: one user of the connection at a time. */
export class Lock {
  #tail: Promise<void> = Promise.resolve();
  async acquire(): Promise<() => void> {
    let release!: () => void;
    const next = new Promise<void>((resolve) => {
      release = resolve;
    });
    const previous = this.#tail;
    this.#tail = previous.then(() => next);
    await previous;
    return release;
  }
}
