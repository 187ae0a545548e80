// Crash safety: kill -9 the real server in the middle of a burst of acceptances (each one
// transaction: the declaration, the membership period, the designations, a notice to every
// party, the audit entry), restart it. SQLite's integrity_check is ok, no accession is
// half-accepted, and every acceptance the server had confirmed (200) survived.
// `npm run soak` repeats the kill more often (CRASH_CYCLES).
import { afterAll, describe, expect, it } from "vitest";
import { request, type ServerProcess, signInCoordinator, startServer } from "./server-process.ts";
import { freshDatabaseFile } from "./support.ts";
import { dbTool, type Network } from "./workload.ts";

const CYCLES = Number(process.env.CRASH_CYCLES ?? 3);
const MEMBERS = 60;

type Check = {
  integrity: string[];
  halfAccepted: unknown[];
  duplicateNotices: unknown[];
  accepted: number;
  acceptedIds: string[];
};

let server: ServerProcess | undefined;
afterAll(() => {
  server?.child.kill("SIGKILL");
});

describe("kill -9 during a write burst", () => {
  it(`${CYCLES} crashes: integrity ok, nothing half-accepted, every confirmed write kept`, async () => {
    const { databaseFile } = freshDatabaseFile();
    const network = await dbTool<Network>(
      "network",
      databaseFile,
      JSON.stringify({
        count: 60 + CYCLES * 30,
        members: MEMBERS,
        former: 0,
        withdrawing: 0,
        seed: 7,
      }),
    );
    const queue = [...network.submitted];
    const confirmed: string[] = [];
    const env = { CNI_MAX_EVENT_LOOP_DELAY_MS: "0" };
    const lines: string[] = [];

    for (let cycle = 1; cycle <= CYCLES; cycle += 1) {
      server = await startServer(databaseFile, env);
      const headers = await signInCoordinator(server.url);
      const before = confirmed.length;
      let killed = false;
      let inFlight = 0;
      let inFlightAtKill = 0;
      const target = before + 8;
      const clients = Array.from({ length: 6 }, async () => {
        while (!killed && queue.length) {
          const id = queue.shift()!;
          inFlight += 1;
          const response = await request(`${server!.url}/api/accessions/${id}/notify`, {
            method: "POST",
            headers,
            body: "{}",
          }).catch(() => null);
          inFlight -= 1;
          if (response?.status === 200) confirmed.push(id);
          if (!killed && confirmed.length >= target) {
            killed = true;
            // mid-burst, at a random instant: the other clients' requests are in flight,
            // often one of them inside its transaction
            setTimeout(() => {
              inFlightAtKill = inFlight;
              server!.child.kill("SIGKILL");
            }, Math.random() * 40);
          }
        }
      });
      await Promise.all(clients);
      const exit = await server.exited;
      expect(exit.signal).toBe("SIGKILL");

      const check = await dbTool<Check>("check", databaseFile);
      expect(check.integrity).toEqual(["ok"]);
      expect(check.halfAccepted).toEqual([]);
      expect(check.duplicateNotices).toEqual([]);
      const lost = confirmed.filter((id) => !check.acceptedIds.includes(id));
      expect(lost).toEqual([]);
      lines.push(
        `${confirmed.length - before}/${inFlightAtKill}/${check.accepted - MEMBERS - confirmed.length}`,
      );
    }

    // The server starts on the crashed database and writes again.
    server = await startServer(databaseFile, env);
    const headers = await signInCoordinator(server.url);
    const next = queue.shift()!;
    const accept = await request(`${server.url}/api/accessions/${next}/notify`, {
      method: "POST",
      headers,
      body: "{}",
    });
    expect(accept.status).toBe(200);
    server.child.kill("SIGTERM");
    expect((await server.exited).code).toBe(0);
    console.log(
      `crash: ${CYCLES} kill -9 cycles (confirmed/in flight at the kill/committed without an ` +
        `answer: ${lines.join(", ")}); integrity ok, 0 half-accepted, 0 confirmed writes lost; ` +
        "restarted and accepted one more",
    );
  }, 240_000);
});
