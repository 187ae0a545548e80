// Another process writing to the same database file: short write transactions (the write
// lock held ~15 ms) every ~60 ms, so the server's writers really meet SQLITE_BUSY — the
// situation of Prisma issue #30028. Writes only the Counter table (unused by the app).
//
//   node --import tsx contender.ts <database file>   (runs until killed; prints commits)
import Database from "libsql";

const file = process.argv[2];
if (!file) throw new Error("usage: contender.ts <database file>");
const db = new Database(file);
db.prepare("PRAGMA busy_timeout = 5000").get();
const hold = new Int32Array(new SharedArrayBuffer(4));
let commits = 0;
let failures = 0;
const report = () => process.stdout.write(`${JSON.stringify({ commits, failures })}\n`);
process.on("SIGTERM", () => {
  report();
  process.exit(0);
});
const tick = () => {
  try {
    db.exec("BEGIN IMMEDIATE");
    db.prepare(
      "INSERT INTO Counter(name, value) VALUES ('contender', 1) ON CONFLICT(name) DO UPDATE SET value = value + 1",
    ).run();
    Atomics.wait(hold, 0, 0, 15); // hold the write lock
    db.exec("COMMIT");
    commits += 1;
  } catch {
    failures += 1;
    try {
      db.exec("ROLLBACK");
    } catch {
      // nothing to roll back
    }
  }
  setTimeout(tick, 45);
};
tick();
