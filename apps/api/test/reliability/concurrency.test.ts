// Concurrency on a file database: a 90/10 read/write load from 12 clients against the real
// server while ANOTHER PROCESS keeps taking the write lock (contender.ts), so the server's
// writers genuinely meet SQLITE_BUSY — the trigger of Prisma issue #30028. It must end with
// 0 errors, no SQLITE_BUSY reaching anyone, and consistent counts.
// `npm run soak` runs it for 60 s (SOAK_SECONDS); `npm test` for 12 s.
import { type ChildProcess, spawn } from "node:child_process";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { repoRoot } from "../../src/config.ts";
import { type ServerProcess, startServer } from "./server-process.ts";
import { freshDatabaseFile } from "./support.ts";
import { dbTool, type Network, runMixedLoad } from "./workload.ts";

const SECONDS = Number(process.env.SOAK_SECONDS ?? 12);

type Check = {
  integrity: string[];
  halfAccepted: unknown[];
  duplicateNotices: unknown[];
  silentWithdrawals: string[];
  accepted: number;
  acknowledged: number;
  notices: number;
  activities: number;
  withdrawals: number;
  auditEntries: number;
};

let server: ServerProcess | undefined;
let contender: ChildProcess | undefined;
afterAll(() => {
  server?.child.kill("SIGKILL");
  contender?.kill("SIGKILL");
});

describe("90/10 read/write load with a second writer process", () => {
  it(`${SECONDS} s: 0 errors, 0 SQLITE_BUSY, consistent counts`, async () => {
    const { databaseFile } = freshDatabaseFile();
    const network = await dbTool<Network>(
      "network",
      databaseFile,
      JSON.stringify({ count: 120, members: 60, former: 3, withdrawing: 3, seed: 5 }),
    );
    const before = await dbTool<Check>("check", databaseFile);
    // Load shedding off: this is about correctness under contention, not overload.
    server = await startServer(databaseFile, { CNI_MAX_EVENT_LOOP_DELAY_MS: "0" });

    contender = spawn(
      process.execPath,
      [
        "--import",
        "tsx",
        path.join(repoRoot, "apps/api/test/reliability/contender.ts"),
        databaseFile,
      ],
      { cwd: repoRoot, stdio: ["ignore", "pipe", "inherit"] },
    );
    let contenderOutput = "";
    contender.stdout?.on("data", (chunk) => {
      contenderOutput += chunk;
    });
    const contenderExit = new Promise((resolve) => contender?.on("exit", resolve));

    const load = await runMixedLoad(server.url, network, { seconds: SECONDS, clients: 12 });

    contender.kill("SIGTERM");
    await contenderExit;
    const { commits, failures } = JSON.parse(contenderOutput.trim().split("\n").at(-1) ?? "{}");
    server.child.kill("SIGTERM");
    expect((await server.exited).code).toBe(0);

    const after = await dbTool<Check>(
      "check",
      databaseFile,
      JSON.stringify({ withdrawalIds: load.withdrawalIds }),
    );
    console.log(
      `concurrency: ${SECONDS} s, 12 clients, ${load.requests} requests (${load.reads} reads, ` +
        `${load.writes} writes: ${load.accepted} accepted, ${load.acknowledged} acknowledged, ` +
        `${load.withdrawalIds.length} withdrawals, ${load.activitiesCreated} activities), ` +
        `${load.errors.length} errors, latency p50 ${load.p50} ms p99 ${load.p99} ms max ${load.max} ms; ` +
        `the other process committed ${commits} write transactions meanwhile (${failures} failed)`,
    );

    // 0 errors: every request got its expected 2xx; nothing on the server's error log
    expect(load.errors.slice(0, 10)).toEqual([]);
    expect(load.writes).toBeGreaterThan(0);
    const serverLog = server.output();
    expect(serverLog).not.toMatch(/SQLITE_BUSY|database is locked|P1008|P2028|request failed/);
    // the contention was real
    expect(commits).toBeGreaterThan(SECONDS * 5);

    // consistent counts
    expect(after.integrity).toEqual(["ok"]);
    expect(after.halfAccepted).toEqual([]);
    expect(after.duplicateNotices).toEqual([]);
    expect(after.silentWithdrawals).toEqual([]);
    expect(after.accepted - before.accepted).toBe(load.accepted);
    expect(after.acknowledged - before.acknowledged).toBe(load.acknowledged);
    expect(after.activities - before.activities).toBe(load.activitiesCreated);
    expect(after.withdrawals - before.withdrawals).toBe(load.withdrawalIds.length);
    // every write left (at least) its audit entry
    expect(after.auditEntries - before.auditEntries).toBeGreaterThanOrEqual(
      load.accepted + load.acknowledged + load.activitiesCreated + load.withdrawalIds.length,
    );
  }, 180_000);
});
