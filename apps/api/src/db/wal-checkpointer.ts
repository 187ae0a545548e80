// WAL checkpoints off the request path (docs/decisions/130). With WAL and synchronous=NORMAL
// a commit only appends to the WAL (no fsync); the fsyncs happen at checkpoints, which SQLite
// runs by default inside the COMMIT of whichever write pushes the WAL over 1,000 pages. One
// circulation of an accession writes ≈ 330 pages (220 notices in 7 b-trees), so every third
// circulation paid a 15–40 ms checkpoint in its answer (profiled for issue 16).
//
// Here a worker thread with a connection of its own runs `PRAGMA wal_checkpoint(PASSIVE)`
// after writes: PASSIVE never waits for and never blocks readers or the writer. The
// writer's own automatic checkpoint stays as a safety net at a higher threshold, in case
// the worker falls behind. Durability is unchanged: a checkpoint only copies committed pages
// from the WAL into the database file (and fsyncs both).
import { createRequire } from "node:module";
import { Worker } from "node:worker_threads";

/** The writer's automatic checkpoint threshold while the worker runs (pages, ≈ 32 MB). */
export const SAFETY_NET_AUTOCHECKPOINT_PAGES = 8192;

// CommonJS run by the worker: libSQL's synchronous API, one connection, one checkpoint at a
// time; nudges that arrive meanwhile coalesce into one more run.
const WORKER_SOURCE = `
const { parentPort, workerData } = require("node:worker_threads");
const Database = require(workerData.libsql);
const db = new Database(workerData.file);
const checkpoint = db.prepare("PRAGMA wal_checkpoint(PASSIVE)");
let pending = false;
const run = () => {
  pending = false;
  try {
    checkpoint.run();
  } catch {
    // SQLITE_BUSY (another checkpoint running) or a closed file: the next nudge retries
  }
};
parentPort.on("message", (message) => {
  if (message === "close") {
    db.close();
    parentPort.close();
    return;
  }
  if (!pending) {
    pending = true;
    setImmediate(run);
  }
});
`;

export type WalCheckpointer = {
  /** A write committed: checkpoint soon (cheap; many nudges make one checkpoint). */
  nudge: () => void;
  close: () => void;
};

/** The database file of a `file:` URL, or null (in-memory or remote: nothing to checkpoint). */
export function databaseFileOf(url: string): string | null {
  if (!url.startsWith("file:")) return null;
  const file = url.slice("file:".length).split("?")[0] ?? "";
  return file && file !== ":memory:" ? file : null;
}

/** Starts the worker for a database file (lazily: callers start it on the first write). */
export function startWalCheckpointer(file: string): WalCheckpointer {
  const libsql = createRequire(import.meta.url).resolve("libsql");
  const worker = new Worker(WORKER_SOURCE, {
    eval: true,
    workerData: { file, libsql },
    // plain CommonJS: no TypeScript loader in the worker
    execArgv: [],
  });
  // never keeps the process alive; a failed worker only means the safety net checkpoints
  worker.unref();
  let alive = true;
  worker.on("error", () => {
    alive = false;
  });
  worker.on("exit", () => {
    alive = false;
  });
  return {
    nudge: () => {
      if (alive) worker.postMessage(0);
    },
    close: () => {
      if (alive) worker.postMessage("close");
      alive = false;
    },
  };
}
