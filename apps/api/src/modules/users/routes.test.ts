import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  type Agent,
  createTestApp,
  createUser,
  signIn,
  signInAs,
  type TestContext,
} from "../../../test/helpers.ts";
import { hashToken } from "../../lib/tokens.ts";

let ctx: TestContext;
let admin: Agent;
let adminId: string;
beforeAll(async () => {
  ctx = await createTestApp();
  const signedIn = await signInAs(ctx, "coordinator");
  admin = signedIn.agent;
  adminId = signedIn.user.id;
});
afterAll(async () => {
  await ctx.app.close();
});

let counter = 0;
const nextEmail = () => `person-${++counter}@users.test`;

const createAccount = (payload: Record<string, unknown>, headers = admin.headers) =>
  ctx.app.inject({ method: "POST", url: "/api/users", payload, headers });

const tokenOfUrl = (url: string) => url.split("/invitations#")[1]!;

describe("POST /api/users", () => {
  it("creates a representative of Larissa with a single-use 7-day invitation link", async () => {
    const email = nextEmail();
    const before = Date.now();
    const response = await createAccount({
      email: ` ${email.toUpperCase()} `,
      name: "Ελένη Παπαδοπούλου",
      role: "representative",
      municipalityId: "larissa",
    });
    expect(response.statusCode).toBe(201);
    const body = response.json();
    expect(body.user).toMatchObject({
      email,
      name: "Ελένη Παπαδοπούλου",
      role: "representative",
      municipalityId: "larissa",
      municipality: { id: "larissa", nameEl: "Λαρισαίων", nameEn: "Larissa" },
      status: "invited",
      active: true,
    });
    expect(body.invitationUrl).toMatch(
      /^http:\/\/(localhost|127\.0\.0\.1)(:\d+)?\/invitations#[A-Za-z0-9_-]{43}$/,
    );
    const expiresAt = new Date(body.expiresAt).getTime();
    expect(expiresAt - before).toBeGreaterThanOrEqual(7 * 86_400_000 - 1000);
    expect(expiresAt - before).toBeLessThanOrEqual(7 * 86_400_000 + 5000);
    expect(body.user.invitationExpiresAt).toBe(body.expiresAt);
    // the token is stored hashed only
    const token = tokenOfUrl(body.invitationUrl);
    const stored = await ctx.db.invitation.findMany({ where: { userId: body.user.id } });
    expect(stored).toHaveLength(1);
    expect(stored[0]?.tokenHash).toBe(hashToken(token));
    expect(JSON.stringify(stored)).not.toContain(token);
    // no password yet, no e-mail queued (SMTP not configured), audited
    const row = await ctx.db.user.findUniqueOrThrow({ where: { id: body.user.id } });
    expect(row.passwordHash).toBeNull();
    expect(await ctx.db.outboxEmail.count({ where: { to: email } })).toBe(0);
    const actions = (
      await ctx.db.auditEntry.findMany({
        where: { entityId: body.user.id },
        orderBy: { at: "asc" },
      })
    ).map((a) => [a.action, a.actorId]);
    expect(actions).toEqual([
      ["user.create", adminId],
      ["invitation.issue", adminId],
    ]);
  });

  it("creates a coordinator without a municipality, and refuses one with a municipality", async () => {
    const ok = await createAccount({
      email: nextEmail(),
      name: "Co Ordinator",
      role: "coordinator",
    });
    expect(ok.statusCode).toBe(201);
    expect(ok.json().user.municipalityId).toBeNull();
    const bad = await createAccount({
      email: nextEmail(),
      name: "Co Ordinator",
      role: "coordinator",
      municipalityId: "athens",
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors).toEqual([expect.objectContaining({ path: "municipalityId" })]);
  });

  it("requires a municipality for officers and representatives", async () => {
    for (const role of ["officer", "representative"]) {
      const response = await createAccount({ email: nextEmail(), name: "No Where", role });
      expect(response.statusCode).toBe(400);
      expect(response.json().errors[0].path).toBe("municipalityId");
    }
  });

  it("refuses an unknown municipality (422) and a representative of a non-member (422)", async () => {
    const unknown = await createAccount({
      email: nextEmail(),
      name: "Some One",
      role: "officer",
      municipalityId: "atlantis",
    });
    expect(unknown.statusCode).toBe(422);
    expect(unknown.json()).toMatchObject({ code: "MUNICIPALITY_NOT_FOUND" });
    const serresRep = await createAccount({
      email: nextEmail(),
      name: "Some One",
      role: "representative",
      municipalityId: "serres",
    });
    expect(serresRep.statusCode).toBe(422);
    expect(serresRep.json()).toMatchObject({ code: "NOT_A_MEMBER" });
    // an officer of the applicant Serres is fine
    const serresOfficer = await createAccount({
      email: nextEmail(),
      name: "Some One",
      role: "officer",
      municipalityId: "serres",
    });
    expect(serresOfficer.statusCode).toBe(201);
  });

  it("answers 409 for an e-mail that already has an account, whatever its case", async () => {
    const email = nextEmail();
    expect(
      (
        await createAccount({
          email,
          name: "First One",
          role: "officer",
          municipalityId: "larissa",
        })
      ).statusCode,
    ).toBe(201);
    const again = await createAccount({
      email: email.toUpperCase(),
      name: "Second One",
      role: "officer",
      municipalityId: "trikala",
    });
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({ code: "EMAIL_TAKEN" });
  });

  it("refuses invalid input with field errors", async () => {
    const response = await createAccount({ email: "not-an-email", name: "", role: "mayor" });
    expect(response.statusCode).toBe(400);
    const paths = response.json().errors.map((e: { path: string }) => e.path);
    expect(paths).toEqual(expect.arrayContaining(["email", "name", "role"]));
  });

  it("uses CNI_PUBLIC_URL for the link and queues an e-mail when SMTP is configured", async () => {
    const mailing = await createTestApp({
      CNI_PUBLIC_URL: "https://cni.example.gr/",
      SMTP_URL: "smtp://localhost:2525",
    });
    try {
      const { agent } = await signInAs(mailing, "coordinator");
      const response = await mailing.app.inject({
        method: "POST",
        url: "/api/users",
        headers: agent.headers,
        payload: {
          email: "mailed@users.test",
          name: "Μαρία Νικολάου",
          role: "officer",
          municipalityId: "trikala",
        },
      });
      expect(response.statusCode).toBe(201);
      const { invitationUrl } = response.json();
      expect(invitationUrl).toMatch(/^https:\/\/cni\.example\.gr\/invitations#[A-Za-z0-9_-]{43}$/);
      const outbox = await mailing.db.outboxEmail.findMany({ where: { to: "mailed@users.test" } });
      expect(outbox).toHaveLength(1);
      expect(outbox[0]?.text).toContain(invitationUrl);
      expect(outbox[0]?.text).toContain("Τρικκαίων");
      expect(outbox[0]?.sentAt).toBeNull();
    } finally {
      await mailing.app.close();
    }
  });
});

describe("GET /api/users", () => {
  it("filters by role, municipality and status, and pages", async () => {
    for (let i = 0; i < 3; i++) {
      await createUser(ctx.db, {
        role: "officer",
        municipalityId: "chania",
        name: `Chania officer ${i}`,
      });
    }
    await createUser(ctx.db, { role: "representative", municipalityId: "chania" });
    const officers = await ctx.app.inject({
      method: "GET",
      url: "/api/users?role=officer&municipalityId=chania&page=1&pageSize=2",
      headers: admin.headers,
    });
    expect(officers.statusCode).toBe(200);
    const body = officers.json();
    expect(body.total).toBe(3);
    expect(body.items).toHaveLength(2);
    expect(body.items.every((u: { role: string }) => u.role === "officer")).toBe(true);
    const page2 = await ctx.app.inject({
      method: "GET",
      url: "/api/users?role=officer&municipalityId=chania&page=2&pageSize=2",
      headers: admin.headers,
    });
    expect(page2.json().items).toHaveLength(1);
    // no password hashes ever leave the API
    expect(officers.body).not.toContain("scrypt");

    const invited = await ctx.app.inject({
      method: "GET",
      url: "/api/users?status=invited",
      headers: admin.headers,
    });
    expect(invited.json().items.length).toBeGreaterThan(0);
    expect(invited.json().items.every((u: { status: string }) => u.status === "invited")).toBe(
      true,
    );
  });

  it("finds people by name without caring about accents or case", async () => {
    await createUser(ctx.db, {
      role: "officer",
      municipalityId: "chania",
      name: "Γιώργος Σταυρίδης",
    });
    const response = await ctx.app.inject({
      method: "GET",
      url: `/api/users?q=${encodeURIComponent("σταυριδης")}`,
      headers: admin.headers,
    });
    expect(response.json().items.map((u: { name: string }) => u.name)).toEqual([
      "Γιώργος Σταυρίδης",
    ]);
  });

  it("is for coordinators only", async () => {
    const { agent } = await signInAs(ctx, "officer", "larissa");
    const response = await ctx.app.inject({
      method: "GET",
      url: "/api/users",
      headers: agent.headers,
    });
    expect(response.statusCode).toBe(403);
    expect((await ctx.app.inject({ method: "GET", url: "/api/users" })).statusCode).toBe(401);
  });
});

describe("PATCH /api/users/:id", () => {
  it("deactivation ends every session of the person at once, and reactivation lets them back", async () => {
    const person = await createUser(ctx.db, { role: "officer", municipalityId: "larissa" });
    const laptop = await signIn(ctx.app, person.email);
    const phone = await signIn(ctx.app, person.email);
    const response = await ctx.app.inject({
      method: "PATCH",
      url: `/api/users/${person.id}`,
      headers: admin.headers,
      payload: { active: false },
    });
    expect(response.statusCode).toBe(200);
    expect(response.json().user).toMatchObject({ active: false, status: "deactivated" });
    for (const agent of [laptop, phone]) {
      const seen = await ctx.app.inject({
        method: "GET",
        url: "/api/auth/session",
        headers: { cookie: agent.cookie },
      });
      expect(seen.json().user).toBeNull();
    }
    expect(await ctx.db.session.count({ where: { userId: person.id } })).toBe(0);
    await expect(signIn(ctx.app, person.email)).rejects.toThrow(/401/);

    const back = await ctx.app.inject({
      method: "PATCH",
      url: `/api/users/${person.id}`,
      headers: admin.headers,
      payload: { active: true },
    });
    expect(back.json().user).toMatchObject({ active: true, status: "active" });
    await expect(signIn(ctx.app, person.email)).resolves.toMatchObject({ userId: person.id });
    const audit = await ctx.db.auditEntry.findMany({
      where: { entityId: person.id, action: { in: ["user.deactivate", "user.reactivate"] } },
      orderBy: { at: "asc" },
    });
    expect(audit.map((a) => [a.action, a.before, a.after])).toEqual([
      ["user.deactivate", '{"active":true}', '{"active":false}'],
      ["user.reactivate", '{"active":false}', '{"active":true}'],
    ]);
  });

  it("does not let a coordinator deactivate themself", async () => {
    const response = await ctx.app.inject({
      method: "PATCH",
      url: `/api/users/${adminId}`,
      headers: admin.headers,
      payload: { active: false },
    });
    expect(response.statusCode).toBe(422);
    expect(response.json()).toMatchObject({ code: "CANNOT_DEACTIVATE_SELF" });
    const me = await ctx.app.inject({
      method: "GET",
      url: "/api/auth/session",
      headers: { cookie: admin.cookie },
    });
    expect(me.json().user?.id).toBe(adminId);
  });

  it("answers 404 for an unknown user and 400 for a body without `active`", async () => {
    const unknown = await ctx.app.inject({
      method: "PATCH",
      url: "/api/users/nobody",
      headers: admin.headers,
      payload: { active: false },
    });
    expect(unknown.statusCode).toBe(404);
    const invalid = await ctx.app.inject({
      method: "PATCH",
      url: `/api/users/${adminId}`,
      headers: admin.headers,
      payload: { role: "officer" },
    });
    expect(invalid.statusCode).toBe(400);
  });
});

describe("POST /api/users/:id/invitation", () => {
  it("issues a fresh link; the earlier one is revoked", async () => {
    const created = (
      await createAccount({
        email: nextEmail(),
        name: "Twice Invited",
        role: "representative",
        municipalityId: "trikala",
      })
    ).json();
    const fresh = await ctx.app.inject({
      method: "POST",
      url: `/api/users/${created.user.id}/invitation`,
      headers: admin.headers,
    });
    expect(fresh.statusCode).toBe(201);
    expect(fresh.json().invitationUrl).not.toBe(created.invitationUrl);
    const old = await ctx.app.inject({
      method: "GET",
      url: `/api/invitations/${tokenOfUrl(created.invitationUrl)}`,
    });
    expect(old.json()).toMatchObject({ status: "revoked", invitee: null });
    const current = await ctx.app.inject({
      method: "GET",
      url: `/api/invitations/${tokenOfUrl(fresh.json().invitationUrl)}`,
    });
    expect(current.json()).toMatchObject({ status: "valid" });
  });

  it("refuses a deactivated account (409)", async () => {
    const person = await createUser(ctx.db, { role: "officer", municipalityId: "larissa" });
    await ctx.db.user.update({ where: { id: person.id }, data: { active: false } });
    const response = await ctx.app.inject({
      method: "POST",
      url: `/api/users/${person.id}/invitation`,
      headers: admin.headers,
    });
    expect(response.statusCode).toBe(409);
    expect(response.json()).toMatchObject({ code: "USER_DEACTIVATED" });
  });
});
