// The security baseline of sign-in: credentials, the per-address limit, CSRF, headers,
// session life. Throttling per account: throttle.test.ts; proxies and HTTPS headers:
// proxy-and-headers.test.ts; audit of security events: security-events.test.ts.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import {
  createTestApp,
  createUser,
  signIn,
  TEST_PASSWORD,
  type TestContext,
} from "../../../test/helpers.ts";
import { hashToken } from "../../lib/tokens.ts";
import { SESSION_ABSOLUTE_MS, SESSION_IDLE_MS } from "../../plugins/auth.ts";

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestApp();
});
afterAll(async () => {
  await ctx.app.close();
});

const login = (email: string, password: string, headers: Record<string, string> = {}) =>
  ctx.app.inject({ method: "POST", url: "/api/auth/login", payload: { email, password }, headers });

const session = (cookie?: string) =>
  ctx.app.inject({ method: "GET", url: "/api/auth/session", headers: cookie ? { cookie } : {} });

const tokenOf = (cookie: string) => cookie.replace(/^cni_session=/, "");

describe("credentials", () => {
  it("answers an unknown e-mail and a wrong password with the same 401 body", async () => {
    const user = await createUser(ctx.db, { role: "officer", municipalityId: "larissa" });
    const unknown = await login("nobody-at-all@test.cni", "whatever password");
    const wrong = await login(user.email, "not the password");
    expect(unknown.statusCode).toBe(401);
    expect(wrong.statusCode).toBe(401);
    expect(unknown.json()).toEqual(wrong.json());
    expect(unknown.headers["content-type"]).toContain("application/problem+json");
    expect(unknown.cookies).toEqual([]);
  });

  it("matches the e-mail case-insensitively and returns the user with applicant=false", async () => {
    const user = await createUser(ctx.db, { role: "officer", municipalityId: "larissa" });
    const response = await login(user.email.toUpperCase(), TEST_PASSWORD);
    expect(response.statusCode).toBe(200);
    expect(response.json().user).toMatchObject({
      id: user.id,
      role: "officer",
      municipalityId: "larissa",
      applicant: false,
    });
    expect(response.headers["cache-control"]).toBe("no-store");
    const cookie = response.cookies.find((c) => c.name === "cni_session");
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: "Lax", path: "/" });
    // 256 random bits, and only the hash is in the database
    expect(cookie?.value.length).toBeGreaterThanOrEqual(43);
    expect(await ctx.db.session.findUnique({ where: { id: cookie!.value } })).toBeNull();
    expect(
      await ctx.db.session.findUnique({ where: { id: hashToken(cookie!.value) } }),
    ).not.toBeNull();
  });

  it("lets no deactivated user sign in", async () => {
    const user = await createUser(ctx.db, { role: "representative", municipalityId: "larissa" });
    await ctx.db.user.update({ where: { id: user.id }, data: { active: false } });
    const response = await login(user.email, TEST_PASSWORD);
    expect(response.statusCode).toBe(401);
    expect(response.json().detail).toBe((await login("nobody@test.cni", "x")).json().detail);
  });

  it("lets no invited user (no password yet) sign in", async () => {
    const user = await ctx.db.user.create({
      data: {
        email: "invited-only@test.cni",
        name: "Invited",
        role: "officer",
        municipalityId: "larissa",
      },
    });
    expect((await login(user.email, "")).statusCode).toBe(400);
    expect((await login(user.email, "anything at all")).statusCode).toBe(401);
  });
});

describe("throttling", () => {
  // per account and per source: throttle.test.ts
  it("limits sign-in attempts per IP address (429 with Retry-After), whatever the accounts", async () => {
    const limited = await createTestApp({ CNI_RATE_LIMIT_MAX: "5" });
    try {
      const statuses: number[] = [];
      let last = null;
      for (let i = 0; i < 20; i++) {
        last = await limited.app.inject({
          method: "POST",
          url: "/api/auth/login",
          payload: { email: `someone-${i}@test.cni`, password: "wrong password" },
          remoteAddress: "203.0.113.7",
        });
        statuses.push(last.statusCode);
      }
      expect(statuses.slice(0, 5)).toEqual([401, 401, 401, 401, 401]);
      expect(statuses.slice(5)).toEqual(Array(15).fill(429));
      expect(Number(last?.headers["retry-after"])).toBeGreaterThan(0);
      expect(last?.headers["content-type"]).toContain("application/problem+json");
      expect(last?.json()).toMatchObject({ status: 429, code: "RATE_LIMITED" });
      // another address is not affected
      const other = await limited.app.inject({
        method: "POST",
        url: "/api/auth/login",
        payload: { email: "someone@test.cni", password: "wrong password" },
        remoteAddress: "203.0.113.8",
      });
      expect(other.statusCode).toBe(401);
    } finally {
      await limited.app.close();
    }
  });
});

describe("CSRF", () => {
  it("refuses a mutation that carries the session cookie without the token (403)", async () => {
    const user = await createUser(ctx.db, { role: "coordinator" });
    const agent = await signIn(ctx.app, user.email);
    const without = await ctx.app.inject({
      method: "POST",
      url: "/api/auth/logout",
      headers: { cookie: agent.cookie },
    });
    expect(without.statusCode).toBe(403);
    expect(without.json()).toMatchObject({ code: "CSRF_TOKEN_INVALID" });
    const wrong = await ctx.app.inject({
      method: "POST",
      url: "/api/users",
      headers: { cookie: agent.cookie, "x-csrf-token": "not-the-token" },
      payload: { email: "csrf@test.cni", name: "Csrf Test", role: "coordinator" },
    });
    expect(wrong.statusCode).toBe(403);
    expect(await ctx.db.user.findUnique({ where: { email: "csrf@test.cni" } })).toBeNull();
    const patch = await ctx.app.inject({
      method: "PATCH",
      url: `/api/users/${user.id}`,
      headers: { cookie: agent.cookie },
      payload: { active: false },
    });
    expect(patch.statusCode).toBe(403);
    // still signed in: the refused requests changed nothing
    expect((await session(agent.cookie)).json().user?.id).toBe(user.id);
  });

  it("gives the session's token in GET /api/auth/session, and it works", async () => {
    const user = await createUser(ctx.db, { role: "coordinator" });
    const agent = await signIn(ctx.app, user.email);
    const { csrfToken } = (await session(agent.cookie)).json();
    expect(csrfToken).toBe(agent.csrfToken);
    const logout = await ctx.app.inject({
      method: "POST",
      url: "/api/auth/logout",
      headers: { cookie: agent.cookie, "x-csrf-token": csrfToken },
    });
    expect(logout.statusCode).toBe(204);
  });
});

describe("headers and limits", () => {
  it("sends a CSP and nosniff", async () => {
    const response = await session();
    expect(response.headers["content-security-policy"]).toContain("default-src 'self'");
    expect(response.headers["content-security-policy"]).toContain("frame-ancestors 'none'");
    expect(response.headers["content-security-policy"]).toContain("object-src 'none'");
    expect(response.headers["x-content-type-options"]).toBe("nosniff");
  });

  it("refuses a body over the limit with a 413 problem", async () => {
    const response = await ctx.app.inject({
      method: "POST",
      url: "/api/auth/login",
      headers: { "content-type": "application/json" },
      payload: JSON.stringify({ email: "big@test.cni", password: "x".repeat(2 * 1024 * 1024) }),
    });
    expect(response.statusCode).toBe(413);
    expect(response.headers["content-type"]).toContain("application/problem+json");
    expect(response.json()).toMatchObject({ status: 413 });
  });

  it("refuses over-long passwords with a 400, not a slow hash", async () => {
    const response = await login("someone@test.cni", "x".repeat(5000));
    expect(response.statusCode).toBe(400);
  });
});

describe("session life", () => {
  it("logout invalidates the token: reusing it is anonymous", async () => {
    const user = await createUser(ctx.db, { role: "officer", municipalityId: "larissa" });
    const agent = await signIn(ctx.app, user.email);
    const logout = await ctx.app.inject({
      method: "POST",
      url: "/api/auth/logout",
      headers: agent.headers,
    });
    expect(logout.statusCode).toBe(204);
    expect(logout.cookies.find((c) => c.name === "cni_session")?.value).toBe("");
    expect((await session(agent.cookie)).json().user).toBeNull();
    const again = await ctx.app.inject({
      method: "GET",
      url: "/api/users",
      headers: agent.headers,
    });
    expect(again.statusCode).toBe(401);
    expect(await ctx.db.session.count({ where: { userId: user.id } })).toBe(0);
  });

  it("gives a new token at each login and ends the browser's previous session", async () => {
    const user = await createUser(ctx.db, { role: "officer", municipalityId: "larissa" });
    const first = await signIn(ctx.app, user.email);
    const second = await login(user.email, TEST_PASSWORD, first.headers);
    expect(second.statusCode).toBe(200);
    const token = second.cookies.find((c) => c.name === "cni_session")!.value;
    expect(token).not.toBe(tokenOf(first.cookie));
    expect(second.json().csrfToken).not.toBe(first.csrfToken);
    expect((await session(first.cookie)).json().user).toBeNull();
    expect((await session(`cni_session=${token}`)).json().user?.id).toBe(user.id);
    // a sign-in from another device keeps the other sessions
    const third = await signIn(ctx.app, user.email);
    expect((await session(third.cookie)).json().user?.id).toBe(user.id);
    expect((await session(`cni_session=${token}`)).json().user?.id).toBe(user.id);
  });

  it("ends a session idle for longer than the idle timeout", async () => {
    // the clock moves (rows are not edited: the session cache keeps what it last saw)
    vi.useFakeTimers({ toFake: ["Date"], now: Date.now() });
    try {
      const user = await createUser(ctx.db, { role: "officer", municipalityId: "larissa" });
      const agent = await signIn(ctx.app, user.email);
      const id = hashToken(tokenOf(agent.cookie));
      vi.setSystemTime(Date.now() + SESSION_IDLE_MS - 60_000);
      expect((await session(agent.cookie)).json().user?.id).toBe(user.id); // still within
      vi.setSystemTime(Date.now() + SESSION_IDLE_MS + 1000);
      expect((await session(agent.cookie)).json().user).toBeNull();
      expect(await ctx.db.session.findUnique({ where: { id } })).toBeNull();
    } finally {
      vi.useRealTimers();
    }
  });

  it("ends a session at its absolute timeout even while in use", async () => {
    const user = await createUser(ctx.db, { role: "officer", municipalityId: "larissa" });
    const agent = await signIn(ctx.app, user.email);
    const id = hashToken(tokenOf(agent.cookie));
    const row = await ctx.db.session.findUniqueOrThrow({ where: { id } });
    expect(row.expiresAt.getTime() - row.createdAt.getTime()).toBeLessThanOrEqual(
      SESSION_ABSOLUTE_MS + 1000,
    );
    await ctx.db.session.update({
      where: { id },
      data: { lastSeenAt: new Date(), expiresAt: new Date(Date.now() - 1000) },
    });
    expect((await session(agent.cookie)).json().user).toBeNull();
    const protectedRoute = await ctx.app.inject({
      method: "GET",
      url: "/api/audit",
      headers: agent.headers,
    });
    expect(protectedRoute.statusCode).toBe(401);
  });

  it("treats a forged cookie as anonymous", async () => {
    expect((await session("cni_session=forged-token-value")).json().user).toBeNull();
  });
});
