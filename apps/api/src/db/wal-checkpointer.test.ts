import { mkdtempSync, rmSync, statSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { createDb, type Db } from "./client.ts";
import { SAFETY_NET_AUTOCHECKPOINT_PAGES } from "./wal-checkpointer.ts";

const dir = mkdtempSync(path.join(os.tmpdir(), "cni-checkpoint-"));
const opened: Db[] = [];
afterAll(async () => {
  for (const db of opened) await db.$disconnect();
  rmSync(dir, { recursive: true, force: true });
});

/** A database with ≈ 125 pages committed in one transaction: below SQLite's own threshold. */
async function writtenDatabase(name: string, backgroundCheckpoints: boolean) {
  const file = path.join(dir, `${name}.db`);
  const db = await createDb(`file:${file}`, { backgroundCheckpoints });
  opened.push(db);
  await db.$executeRawUnsafe('CREATE TABLE "Filler" ("id" INTEGER PRIMARY KEY, "text" TEXT)');
  const sizeBefore = statSync(file).size;
  await db.$transaction(async (tx) => {
    await tx.$executeRawUnsafe(
      `INSERT INTO "Filler" ("text")
       SELECT printf('%.1000c', 'x') FROM json_each(?)`,
      JSON.stringify(Array.from({ length: 500 }, (_, i) => i)),
    );
  });
  return { db, file, sizeBefore };
}

async function sizeAfterWaiting(file: string, atLeast: number, ms: number): Promise<number> {
  const until = Date.now() + ms;
  while (Date.now() < until && statSync(file).size < atLeast) {
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return statSync(file).size;
}

describe("WAL checkpoints in a worker thread", () => {
  it("copies a commit into the database file without the writer checkpointing", async () => {
    const { db, file, sizeBefore } = await writtenDatabase("background", true);
    // the writer's own checkpoint only as a safety net, far above one commit
    expect(await db.$queryRawUnsafe("PRAGMA wal_autocheckpoint")).toEqual([
      { wal_autocheckpoint: SAFETY_NET_AUTOCHECKPOINT_PAGES },
    ]);
    // the 500 KB reached the database file: checkpointed by the worker
    expect(await sizeAfterWaiting(file, sizeBefore + 400_000, 5_000)).toBeGreaterThan(
      sizeBefore + 400_000,
    );
    expect(await db.$queryRawUnsafe('SELECT count(*) AS "n" FROM "Filler"')).toEqual([{ n: 500 }]);
  });

  it("without the worker, the same commit stays in the WAL (SQLite waits for 1,000 pages)", async () => {
    const { db, file, sizeBefore } = await writtenDatabase("foreground", false);
    expect(await db.$queryRawUnsafe("PRAGMA wal_autocheckpoint")).toEqual([
      { wal_autocheckpoint: 1000 },
    ]);
    expect(await sizeAfterWaiting(file, sizeBefore + 400_000, 300)).toBeLessThan(
      sizeBefore + 400_000,
    );
  });
});
