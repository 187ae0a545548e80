import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  type Agent,
  createTestApp,
  createUser,
  signIn,
  signInAs,
  type TestContext,
} from "../../../test/helpers.ts";

let ctx: TestContext;
let admin: Agent;
beforeAll(async () => {
  ctx = await createTestApp();
  admin = (await signInAs(ctx, "coordinator")).agent;
});
afterAll(async () => {
  await ctx.app.close();
});

const NEW_PASSWORD = "my new long password";
let counter = 0;

async function invite(role = "representative", municipalityId: string | null = "larissa") {
  const response = await ctx.app.inject({
    method: "POST",
    url: "/api/users",
    headers: admin.headers,
    payload: {
      email: `invitee-${++counter}@invitations.test`,
      name: "Νίκος Δημητρίου",
      role,
      ...(municipalityId ? { municipalityId } : {}),
    },
  });
  expect(response.statusCode).toBe(201);
  const body = response.json();
  return { ...body, token: tokenOf(body.invitationUrl) };
}

/** Links carry the token in the fragment: `<CNI_PUBLIC_URL>/invitations#<token>`. */
const tokenOf = (url: string) => new URL(url).hash.slice(1);

const view = (token: string) => ctx.app.inject({ method: "GET", url: `/api/invitations/${token}` });
const accept = (token: string, password = NEW_PASSWORD, headers: Record<string, string> = {}) =>
  ctx.app.inject({
    method: "POST",
    url: `/api/invitations/${token}/accept`,
    payload: { password },
    headers,
  });

describe("GET /api/invitations/:token", () => {
  it("shows whom a valid link invites", async () => {
    const { token, user, expiresAt } = await invite();
    const response = await view(token);
    expect(response.statusCode).toBe(200);
    expect(response.headers["cache-control"]).toBe("no-store");
    expect(response.json()).toEqual({
      status: "valid",
      expiresAt,
      invitee: {
        name: "Νίκος Δημητρίου",
        email: user.email,
        role: "representative",
        municipality: { id: "larissa", nameEl: "Λαρισαίων", nameEn: "Larissa" },
        resetsPassword: false,
      },
    });
  });

  it("answers 404 for an unknown token, 400 for a malformed one", async () => {
    expect((await view("A".repeat(43))).statusCode).toBe(404);
    expect((await view("short")).statusCode).toBe(400);
  });

  it("says a link has expired without showing the person", async () => {
    const { token, user } = await invite();
    await ctx.db.invitation.updateMany({
      where: { userId: user.id },
      data: { expiresAt: new Date(Date.now() - 1000) },
    });
    expect((await view(token)).json()).toMatchObject({ status: "expired", invitee: null });
  });

  it("revokes the link of a deactivated account", async () => {
    const { token, user } = await invite();
    await ctx.app.inject({
      method: "PATCH",
      url: `/api/users/${user.id}`,
      headers: admin.headers,
      payload: { active: false },
    });
    expect((await view(token)).json()).toMatchObject({ status: "revoked", invitee: null });
    const response = await accept(token);
    expect(response.statusCode).toBe(409);
    expect(response.json()).toMatchObject({ code: "INVITATION_REVOKED" });
  });
});

describe("POST /api/invitations/:token/accept", () => {
  it("sets the password, signs the person in, and works only once", async () => {
    const { token, user } = await invite();
    const response = await accept(token);
    expect(response.statusCode).toBe(200);
    expect(response.json().user).toMatchObject({
      id: user.id,
      email: user.email,
      name: "Νίκος Δημητρίου",
      role: "representative",
      municipalityId: "larissa",
      applicant: false,
    });
    const cookie = response.cookies.find((c) => c.name === "cni_session");
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: "Lax" });
    const session = await ctx.app.inject({
      method: "GET",
      url: "/api/auth/session",
      headers: { cookie: `cni_session=${cookie!.value}` },
    });
    expect(session.json()).toMatchObject({
      user: { id: user.id },
      csrfToken: response.json().csrfToken,
    });

    // single use
    const again = await accept(token, "another long password");
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({ code: "INVITATION_USED" });
    expect((await view(token)).json()).toMatchObject({ status: "used", invitee: null });

    // the password works for a normal sign-in; the audit log has the acceptance
    await expect(signIn(ctx.app, user.email, NEW_PASSWORD)).resolves.toMatchObject({
      userId: user.id,
    });
    const audit = await ctx.db.auditEntry.findMany({
      where: { entityId: user.id, action: "invitation.accept" },
    });
    expect(audit).toHaveLength(1);
    expect(audit[0]?.actorId).toBe(user.id);
  });

  it("refuses an expired link (409 INVITATION_EXPIRED) and leaves the account without password", async () => {
    const { token, user } = await invite("officer", "trikala");
    await ctx.db.invitation.updateMany({
      where: { userId: user.id },
      data: { expiresAt: new Date(Date.now() - 1000) },
    });
    const response = await accept(token);
    expect(response.statusCode).toBe(409);
    expect(response.json()).toMatchObject({ code: "INVITATION_EXPIRED" });
    expect(response.cookies).toEqual([]);
    const row = await ctx.db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(row.passwordHash).toBeNull();
  });

  it("requires the minimum password length (400 with the field)", async () => {
    const { token } = await invite();
    const response = await accept(token, "short");
    expect(response.statusCode).toBe(400);
    expect(response.json().errors[0].path).toBe("password");
    expect((await view(token)).json().status).toBe("valid");
  });

  it("lets only one of two simultaneous acceptances through", async () => {
    const { token } = await invite();
    const results = await Promise.all([accept(token), accept(token, "a different long one")]);
    expect(results.map((r) => r.statusCode).sort()).toEqual([200, 409]);
  });

  it("as a password reset: ends the person's other sessions", async () => {
    const person = await createUser(ctx.db, { role: "officer", municipalityId: "larissa" });
    const old = await signIn(ctx.app, person.email);
    const reissued = await ctx.app.inject({
      method: "POST",
      url: `/api/users/${person.id}/invitation`,
      headers: admin.headers,
    });
    const token = tokenOf(reissued.json().invitationUrl);
    expect((await view(token)).json().invitee.resetsPassword).toBe(true);
    expect((await accept(token)).statusCode).toBe(200);
    const seen = await ctx.app.inject({
      method: "GET",
      url: "/api/auth/session",
      headers: { cookie: old.cookie },
    });
    expect(seen.json().user).toBeNull();
    await expect(signIn(ctx.app, person.email)).rejects.toThrow(/401/);
    await expect(signIn(ctx.app, person.email, NEW_PASSWORD)).resolves.toBeTruthy();
  });

  it("from a signed-in browser: needs the CSRF token, and replaces that session", async () => {
    const { token, user } = await invite();
    const other = (await signInAs(ctx, "officer", "trikala")).agent;
    expect((await accept(token, NEW_PASSWORD, { cookie: other.cookie })).statusCode).toBe(403);
    const response = await accept(token, NEW_PASSWORD, other.headers);
    expect(response.statusCode).toBe(200);
    expect(response.json().user.id).toBe(user.id);
    const seen = await ctx.app.inject({
      method: "GET",
      url: "/api/auth/session",
      headers: { cookie: other.cookie },
    });
    expect(seen.json().user).toBeNull();
  });

  it("is rate-limited per IP address", async () => {
    const limited = await createTestApp({ CNI_RATE_LIMIT_MAX: "3" });
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 5; i++) {
        const response = await limited.app.inject({
          method: "POST",
          url: `/api/invitations/${"B".repeat(43)}/accept`,
          payload: { password: NEW_PASSWORD },
        });
        statuses.push(response.statusCode);
        if (response.statusCode === 429) expect(response.headers["retry-after"]).toBeDefined();
      }
      expect(statuses).toEqual([404, 404, 404, 429, 429]);
    } finally {
      await limited.app.close();
    }
  });
});

describe("tokens stay out of URLs and logs (issue 13 item 8)", () => {
  it("builds links on the configured address, never the request's Host, token in the fragment", async () => {
    const response = await ctx.app.inject({
      method: "POST",
      url: "/api/users",
      headers: { ...admin.headers, host: "evil.example", "x-forwarded-host": "evil.example" },
      payload: {
        email: `host-${++counter}@invitations.test`,
        name: "Host Test",
        role: "coordinator",
      },
    });
    expect(response.statusCode).toBe(201);
    const url = new URL(response.json().invitationUrl);
    expect(url.host).not.toBe("evil.example");
    expect(url.pathname).toBe("/invitations");
    expect(url.hash.length).toBeGreaterThan(40);
  });

  it("looks up and accepts with the token in the body", async () => {
    const { token, user } = await invite();
    const looked = await ctx.app.inject({
      method: "POST",
      url: "/api/invitations/lookup",
      payload: { token },
    });
    expect(looked.statusCode).toBe(200);
    expect(looked.json()).toMatchObject({ status: "valid", invitee: { email: user.email } });
    const accepted = await ctx.app.inject({
      method: "POST",
      url: "/api/invitations/accept",
      payload: { token, password: NEW_PASSWORD },
    });
    expect(accepted.statusCode).toBe(200);
    expect(accepted.json().user.id).toBe(user.id);
  });

  it("refuses a guessable password (422 WEAK_PASSWORD) without using up the link", async () => {
    const { token } = await invite();
    const weak = await ctx.app.inject({
      method: "POST",
      url: "/api/invitations/accept",
      payload: { token, password: "password12345" },
    });
    expect(weak.statusCode).toBe(422);
    expect(weak.json()).toMatchObject({ code: "WEAK_PASSWORD" });
    expect((await view(token)).json().status).toBe("valid");
  });

  it("redacts a token that still arrives in a URL from the request log", async () => {
    const lines: string[] = [];
    const logged = await createTestApp();
    await logged.app.close();
    const { buildApp } = await import("../../app.ts");
    const app = await buildApp({
      config: logged.app.config,
      db: logged.db,
      logger: { level: "info", stream: { write: (line: string) => lines.push(line) } },
    });
    try {
      const secret = "S".repeat(43);
      await app.inject({ method: "GET", url: `/api/invitations/${secret}` });
      await app.inject({ method: "GET", url: `/invitations/${secret}` });
      await app.inject({
        method: "POST",
        url: `/api/invitations/${secret}/accept`,
        payload: { password: NEW_PASSWORD },
      });
      const all = lines.join("\n");
      expect(all).toContain("/api/invitations/[redacted]");
      expect(all).not.toContain(secret);
    } finally {
      await app.close();
    }
  });
});
