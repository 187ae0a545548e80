// Issue 13 item 9: failed sign-ins, throttling, CSRF and authorization refusals go to the
// audit log, rate-limited so that a flood cannot fill the table; expired sessions are
// cleaned up (and that is logged).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  createTestApp,
  createUser,
  signIn,
  signInAs,
  type TestContext,
} from "../../../test/helpers.ts";
import { SESSION_IDLE_MS } from "../../plugins/auth.ts";
import { cleanUpSessions } from "./clean-up-sessions.ts";
import { SECURITY_EVENTS_PER_SOURCE } from "./security-events.ts";

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestApp();
});
afterAll(async () => {
  await ctx.app.close();
});

const entries = (action: string) => ctx.db.auditEntry.findMany({ where: { action } });

describe("security events in the audit log", () => {
  it("records a CSRF refusal, and a flood of them only a few times per source", async () => {
    const { agent } = await signInAs(ctx, "coordinator");
    const before = (await entries("security.csrf_refused")).length;
    for (let i = 0; i < 40; i++) {
      const refused = await ctx.app.inject({
        method: "POST",
        url: "/api/auth/logout",
        headers: { cookie: agent.cookie, "x-csrf-token": "forged" },
        remoteAddress: "203.0.113.90",
      });
      expect(refused.statusCode).toBe(403);
    }
    const after = await entries("security.csrf_refused");
    expect(after.length - before).toBe(SECURITY_EVENTS_PER_SOURCE);
    const last = after.at(-1)!;
    expect(last.entityId).toBe("POST /api/auth/logout");
    expect(last.actorId).toBe(agent.userId);
    expect(JSON.parse(last.after!)).toMatchObject({ source: "203.0.113.90" });
  });

  it("records an authorization refusal with who asked for what", async () => {
    const { agent, user } = await signInAs(ctx, "officer", "larissa");
    const response = await ctx.app.inject({
      method: "GET",
      url: "/api/users",
      headers: agent.headers,
      remoteAddress: "203.0.113.91",
    });
    expect(response.statusCode).toBe(403);
    const refused = await ctx.db.auditEntry.findMany({
      where: { action: "security.forbidden", actorId: user.id },
    });
    expect(refused).toHaveLength(1);
    expect(refused[0]?.entityId).toBe("GET /api/users");
  });

  it("records failed sign-ins (known and unknown e-mails), a few per source", async () => {
    const user = await createUser(ctx.db, { role: "officer", municipalityId: "larissa" });
    const login = (email: string, remoteAddress: string) =>
      ctx.app.inject({
        method: "POST",
        url: "/api/auth/login",
        payload: { email, password: "not the password" },
        remoteAddress,
      });
    await login(user.email, "203.0.113.92");
    const forUser = await ctx.db.auditEntry.findMany({
      where: { action: "auth.sign_in_failed", entityId: user.id },
    });
    expect(forUser).toHaveLength(1);
    expect(forUser[0]?.summary).toContain("203.0.113.92");
    const before = (await entries("auth.sign_in_failed")).length;
    for (let i = 0; i < 12; i++) await login(`nobody-${i}@test.cni`, "203.0.113.93");
    expect((await entries("auth.sign_in_failed")).length - before).toBe(SECURITY_EVENTS_PER_SOURCE);
  });
});

describe("session clean-up", () => {
  it("removes expired and idle sessions, keeps live ones, and logs it", async () => {
    const user = await createUser(ctx.db, { role: "officer", municipalityId: "larissa" });
    const live = await signIn(ctx.app, user.email);
    const old = await signIn(ctx.app, user.email);
    const idle = await signIn(ctx.app, user.email);
    const sessions = await ctx.db.session.findMany({
      where: { userId: user.id },
      orderBy: { createdAt: "asc" },
    });
    expect(sessions).toHaveLength(3);
    const [liveRow, oldRow, idleRow] = sessions;
    await ctx.db.session.update({
      where: { id: oldRow!.id },
      data: { expiresAt: new Date(Date.now() - 1000) },
    });
    await ctx.db.session.update({
      where: { id: idleRow!.id },
      data: { lastSeenAt: new Date(Date.now() - SESSION_IDLE_MS - 1000) },
    });
    const result = await cleanUpSessions(ctx.db);
    expect(result.sessions).toBeGreaterThanOrEqual(2);
    const left = await ctx.db.session.findMany({ where: { userId: user.id } });
    expect(left.map((s) => s.id)).toEqual([liveRow!.id]);
    const logged = await entries("session.cleanup");
    expect(logged.at(-1)?.summary).toMatch(/expired session/);
    expect(live && old && idle).toBeTruthy();
  });
});
