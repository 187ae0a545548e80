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
  return { ...body, token: body.invitationUrl.split("/invitations/")[1] as string };
}

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
    expect(response.json().user).toEqual({
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
    const token = reissued.json().invitationUrl.split("/invitations/")[1];
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
