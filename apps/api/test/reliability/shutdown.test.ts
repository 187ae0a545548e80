// Graceful shutdown of the real server: SIGTERM under load → the requests in flight
// complete, new ones get a 503 (Connection: close) or find the port closed, and the
// process exits 0 within close-with-grace's 10 s.
import http from "node:http";
import { afterAll, describe, expect, it } from "vitest";
import {
  ADMIN_EMAIL,
  ADMIN_PASSWORD,
  type HttpResult,
  logLines,
  request,
  type ServerProcess,
  startServer,
} from "./server-process.ts";
import { freshDatabaseFile } from "./support.ts";

const GRACE_MS = 10_000;
let server: ServerProcess | undefined;
afterAll(() => {
  server?.child.kill("SIGKILL");
});

type Outcome = { path: string; sentAt: number; result?: HttpResult; error?: string };

describe("SIGTERM under load", () => {
  it("completes the in-flight requests, answers 503 to new ones, exits 0 within the grace period", async () => {
    const { databaseFile } = freshDatabaseFile();
    // info level: the log says which requests the server had started before SIGTERM.
    // Load shedding off: on 2 cores, 6 concurrent scrypt sign-ins starve the event loop
    // enough for under-pressure to answer 503 OVERLOADED (overload.test.ts tests that).
    server = await startServer(databaseFile, {
      LOG_LEVEL: "info",
      CNI_MAX_EVENT_LOOP_DELAY_MS: "0",
    });
    const { url } = server;

    // Background load: 12 keep-alive clients reading uncached directory queries in a loop.
    const agent = new http.Agent({ keepAlive: true, maxSockets: 12 });
    const background: Outcome[] = [];
    let stopLoad = false;
    let n = 0;
    const loops = Array.from({ length: 12 }, async () => {
      while (!stopLoad) {
        n += 1;
        const outcome: Outcome = {
          path: `/api/municipalities?q=${n % 50}&x=${n}`,
          sentAt: Date.now(),
        };
        background.push(outcome);
        try {
          outcome.result = await request(`${url}${outcome.path}`, {
            agent,
            timeoutMs: 15_000,
          });
        } catch (error) {
          outcome.error = (error as NodeJS.ErrnoException).code ?? String(error);
          await new Promise((resolve) => setTimeout(resolve, 5));
        }
      }
    });
    await new Promise((resolve) => setTimeout(resolve, 1500));
    const servedBefore = background.filter((o) => o.result?.status === 200).length;
    expect(servedBefore).toBeGreaterThan(5);

    // In flight at SIGTERM: 6 sign-ins (scrypt: 0.3 s or more each on 2 cores, then a
    // session row written), one keep-alive connection each (see the follow-ups below).
    const loginAgents = Array.from(
      { length: 6 },
      () => new http.Agent({ keepAlive: true, maxSockets: 1 }),
    );
    const logins = loginAgents.map((agent) =>
      request(`${url}/api/auth/login`, {
        method: "POST",
        body: JSON.stringify({ email: ADMIN_EMAIL, password: ADMIN_PASSWORD }),
        agent,
      }).catch((error: NodeJS.ErrnoException & { localPort?: number }) => ({
        error: error.code ?? String(error),
        localPort: error.localPort,
      })),
    );
    // SIGTERM as soon as the server has started two of them (it logs "incoming request"),
    // while their password hashing is still running.
    const loginsStarted = () =>
      logLines(server!.output()).filter(
        (l) => l.msg === "incoming request" && (l.req as { url: string }).url === "/api/auth/login",
      ).length;
    for (let waited = 0; loginsStarted() < 2 && waited < 10_000; waited += 10) {
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    const sigtermAt = Date.now();
    server.child.kill("SIGTERM");
    await new Promise((resolve) => setTimeout(resolve, 30));
    // New requests queued behind the sign-ins on their keep-alive connections: they reach
    // the server after it began closing.
    const followUps = loginAgents.map((agent, i) =>
      request(`${url}/api/health?follow-up=${i}`, { agent }).catch(
        (error: NodeJS.ErrnoException) => ({ error: error.code ?? String(error) }),
      ),
    );

    const loginResults = await Promise.all(logins);
    const followUpResults = await Promise.all(followUps);
    for (const agent of loginAgents) agent.destroy();
    const exit = await server.exited;
    stopLoad = true;
    await Promise.all(loops);
    agent.destroy();

    // exits cleanly, well within the grace period
    expect(exit.code).toBe(0);
    expect(exit.at - sigtermAt).toBeLessThan(GRACE_MS);
    // The server's log says which requests it had started before SIGTERM ("incoming
    // request" before "SIGTERM received") and when each one was answered.
    const lines = logLines(server.output());
    const sigtermLine = lines.findIndex((l) => String(l.msg).includes("SIGTERM received"));
    expect(sigtermLine).toBeGreaterThan(0);
    const loginLine = (port: number | undefined) =>
      lines.findIndex(
        (l) =>
          l.msg === "incoming request" &&
          (l.req as { url: string }).url === "/api/auth/login" &&
          (l.req as { remotePort: number }).remotePort === port,
      );
    const completedLine = (reqId: unknown) =>
      lines.findIndex((l) => l.msg === "request completed" && l.reqId === reqId);
    const inFlightIndexes: number[] = [];
    loginResults.forEach((login, i) => {
      const incoming = loginLine(login.localPort);
      if (incoming === -1 || incoming > sigtermLine) {
        // never started, or started after SIGTERM: refused cleanly
        if ("error" in login) expect(login.error).toMatch(/ECONNREFUSED|ECONNRESET/);
        else expect(login.status).toBe(503);
        return;
      }
      // started before SIGTERM: completed, 200 with a session cookie
      expect(login, JSON.stringify(login)).toMatchObject({ status: 200 });
      expect(String((login as HttpResult).headers["set-cookie"])).toContain("cni_session=");
      if (completedLine(lines[incoming]?.reqId) > sigtermLine) inFlightIndexes.push(i);
    });
    expect(inFlightIndexes.length).toBeGreaterThan(0);
    // The follow-up sent on the connection of a sign-in that was in flight reached a
    // closing server: 503 problem+json, Connection: close, Retry-After.
    for (const i of inFlightIndexes) {
      const result = followUpResults[i] as HttpResult;
      expect(result, JSON.stringify(result)).toMatchObject({ status: 503 });
      expect(result.headers["content-type"]).toContain("application/problem+json");
      expect(result.headers.connection).toBe("close");
      expect(result.headers["retry-after"]).toBe("5");
      expect(JSON.parse(result.body).code).toBe("SHUTTING_DOWN");
    }
    // The background requests (each URL is unique): those the server had started must all
    // have a complete answer — 200, or if started after SIGTERM a 503 problem+json with
    // Connection: close and Retry-After. Those it never started may only have been refused
    // (port closed, or an idle keep-alive connection closed as they were sent).
    const startedUrls = new Map<string, boolean>(); // url → started before SIGTERM
    lines.forEach((l, i) => {
      if (l.msg === "incoming request") {
        startedUrls.set((l.req as { url: string }).url, i < sigtermLine);
      }
    });
    const failedInFlight: Outcome[] = [];
    let servedAfter = 0;
    let shedAfter = 0;
    let refused = 0;
    for (const o of background) {
      const started = startedUrls.get(o.path);
      if (started === undefined) {
        if (o.result) expect(o.result.status).toBe(503);
        else refused += 1;
        if (o.error) expect(o.error).toMatch(/ECONNREFUSED|ECONNRESET/);
        continue;
      }
      if (!o.result) {
        failedInFlight.push(o);
        continue;
      }
      if (started) {
        if (o.result.status !== 200) failedInFlight.push(o);
        continue;
      }
      if (o.result.status === 200) servedAfter += 1;
      else {
        shedAfter += 1;
        expect(o.result.status).toBe(503);
        expect(o.result.headers["content-type"]).toContain("application/problem+json");
        expect(o.result.headers.connection).toBe("close");
        expect(o.result.headers["retry-after"]).toBeDefined();
        expect(JSON.parse(o.result.body).code).toBe("SHUTTING_DOWN");
      }
    }
    expect(failedInFlight).toEqual([]);
    const before = background.filter((o) => o.sentAt < sigtermAt);
    console.log(
      `shutdown: ${before.length} requests sent before SIGTERM; ${inFlightIndexes.length} of 6 sign-ins ` +
        `in flight at SIGTERM, all completed; the next request on each of their connections got 503; ` +
        `background started after SIGTERM: ${servedAfter} × 200, ${shedAfter} × 503; ` +
        `${refused} never reached the server (refused); 0 failed in flight; ` +
        `exit 0 after ${exit.at - sigtermAt} ms`,
    );
  }, 60_000);
});
