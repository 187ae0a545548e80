// Sessions kept in memory per data version (lib/session-cache.ts, decision 120): a hit costs
// no database read, and every audited change to a session or its user — in this process or
// another — is seen by the very next request. The cache never extends a session.
import type { InStatement } from "@libsql/client";
import { afterEach, describe, expect, it, vi } from "vitest";
import { signInAs } from "../../test/fixtures/personas.ts";
import { useTestApp } from "../../test/helpers.ts";
import { rawClientFor } from "../db/resilient-libsql.ts";
import { SESSION_ABSOLUTE_MS, SESSION_IDLE_MS } from "../plugins/auth.ts";
import { recordAudit } from "./audit.ts";
import { hashToken } from "./tokens.ts";

const ctx = useTestApp();

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

const get = (url: string, cookie: string) =>
  ctx.app.inject({ method: "GET", url, headers: { cookie } });

/** The SQL statements the app sends while `run` runs. */
async function statementsDuring(run: () => Promise<unknown>): Promise<string[]> {
  const client = rawClientFor(ctx.app.config.databaseUrl);
  if (!client) throw new Error("no libSQL client");
  const seen: string[] = [];
  const execute = client.execute.bind(client);
  const record = (stmt: InStatement) => seen.push(typeof stmt === "string" ? stmt : stmt.sql);
  const spy = vi.spyOn(client, "execute").mockImplementation((stmt: InStatement) => {
    record(stmt);
    return execute(stmt);
  });
  // Prisma runs some writes in a transaction of their own: record those statements too
  const transaction = client.transaction.bind(client);
  const txSpy = vi.spyOn(client, "transaction").mockImplementation(async () => {
    const tx = await transaction();
    const inner = tx.execute.bind(tx);
    tx.execute = (stmt: InStatement) => {
      record(stmt);
      return inner(stmt);
    };
    return tx;
  });
  try {
    await run();
  } finally {
    spy.mockRestore();
    txSpy.mockRestore();
  }
  return seen;
}
const touchesSession = (sql: string) => /[`"]Session[`"]/.test(sql);

describe("the session cache", () => {
  it("answers a signed-in request's session without the database on a hit", async () => {
    const officer = await signInAs(ctx, { role: "officer", municipalityId: "larissa" });
    expect((await get("/api/accessions", officer.cookie)).statusCode).toBe(200); // miss: read
    const statements = await statementsDuring(async () => {
      const again = await get("/api/accessions", officer.cookie);
      expect(again.statusCode).toBe(200);
    });
    expect(statements.filter(touchesSession)).toEqual([]);
    expect(statements.length).toBeGreaterThan(0); // the spy did see the request's queries
    expect(ctx.app.sessionCache.hits).toBeGreaterThan(0);
  });

  it("refuses a signed-out session on the next request", async () => {
    const officer = await signInAs(ctx, { role: "officer", municipalityId: "larissa" });
    expect((await get("/api/accessions", officer.cookie)).statusCode).toBe(200);
    expect((await get("/api/accessions", officer.cookie)).statusCode).toBe(200);
    const out = await ctx.app.inject({
      method: "POST",
      url: "/api/auth/logout",
      headers: officer.headers,
    });
    expect(out.statusCode).toBe(204);
    expect((await get("/api/accessions", officer.cookie)).statusCode).toBe(401);
  });

  it("refuses a deactivated user on the next request", async () => {
    const coordinator = await signInAs(ctx, "coordinator");
    const officer = await signInAs(ctx, { role: "officer", municipalityId: "trikala" });
    expect((await get("/api/accessions", officer.cookie)).statusCode).toBe(200);
    expect((await get("/api/accessions", officer.cookie)).statusCode).toBe(200);
    const off = await ctx.app.inject({
      method: "PATCH",
      url: `/api/users/${officer.user.id}`,
      headers: coordinator.headers,
      payload: { active: false },
    });
    expect(off.statusCode).toBe(200);
    expect((await get("/api/accessions", officer.cookie)).statusCode).toBe(401);
  });

  it("sees a role change audited by another process on the next request", async () => {
    const officer = await signInAs(ctx, { role: "officer", municipalityId: "trikala" });
    const who = async () => (await get("/api/auth/session", officer.cookie)).json().user?.role;
    expect(await who()).toBe("officer");
    expect(await who()).toBe("officer"); // kept
    // another process (e.g. a maintenance script) changes the role in an audited transaction
    await ctx.db.$transaction(async (tx) => {
      await tx.user.update({ where: { id: officer.user.id }, data: { role: "representative" } });
      await recordAudit(tx, {
        actor: null,
        action: "user.verify",
        entityType: "user",
        entityId: officer.user.id,
        summary: "role changed elsewhere",
      });
    });
    expect(await who()).toBe("representative");
  });

  it("still ends a session idle for 2 h, though it was kept", async () => {
    vi.useFakeTimers({ toFake: ["Date"], now: Date.now() });
    const officer = await signInAs(ctx, { role: "officer", municipalityId: "larissa" });
    const id = hashToken(officer.cookie.replace(/^cni_session=/, ""));
    expect((await get("/api/accessions", officer.cookie)).statusCode).toBe(200);
    vi.setSystemTime(Date.now() + SESSION_IDLE_MS - 60_000);
    expect((await get("/api/accessions", officer.cookie)).statusCode).toBe(200); // touched
    const touched = await ctx.db.session.findUniqueOrThrow({ where: { id } });
    expect(touched.lastSeenAt.getTime()).toBe(Date.now());
    vi.setSystemTime(Date.now() + SESSION_IDLE_MS + 1000);
    expect((await get("/api/accessions", officer.cookie)).statusCode).toBe(401);
    expect(await ctx.db.session.findUnique({ where: { id } })).toBeNull();
  });

  it("still ends a session at 12 h however busy it was", async () => {
    vi.useFakeTimers({ toFake: ["Date"], now: Date.now() });
    const signedInAt = Date.now();
    const officer = await signInAs(ctx, { role: "officer", municipalityId: "larissa" });
    // a request every 90 minutes keeps it from going idle
    for (let at = 0; at < SESSION_ABSOLUTE_MS - 60_000; at += 90 * 60_000) {
      vi.setSystemTime(signedInAt + at);
      expect((await get("/api/accessions", officer.cookie)).statusCode).toBe(200);
    }
    vi.setSystemTime(signedInAt + SESSION_ABSOLUTE_MS + 1000);
    expect((await get("/api/accessions", officer.cookie)).statusCode).toBe(401);
  });

  it("writes lastSeenAt at most once a minute", async () => {
    vi.useFakeTimers({ toFake: ["Date"], now: Date.now() });
    const officer = await signInAs(ctx, { role: "officer", municipalityId: "larissa" });
    const writes = async () =>
      (
        await statementsDuring(async () => {
          await get("/api/accessions", officer.cookie);
          await get("/api/accessions", officer.cookie);
          await get("/api/accessions", officer.cookie);
        })
      ).filter((sql) => /^UPDATE\b/.test(sql) && touchesSession(sql)).length;
    expect(await writes()).toBe(0); // just signed in
    vi.setSystemTime(Date.now() + 61_000);
    expect(await writes()).toBe(1);
  });
});
