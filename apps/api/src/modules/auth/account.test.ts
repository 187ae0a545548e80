// The account page's API (issue 13 item 7): a person changes their own name and password;
// the current password is required, guessable ones are refused with the reason, and the
// person's other sessions end.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  createTestApp,
  createUser,
  signIn,
  TEST_PASSWORD,
  type TestContext,
} from "../../../test/helpers.ts";

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestApp();
});
afterAll(async () => {
  await ctx.app.close();
});

const NEW_PASSWORD = "blue harbour lantern quietly";
const session = (cookie: string) =>
  ctx.app.inject({ method: "GET", url: "/api/auth/session", headers: { cookie } });
const changePassword = (
  headers: Record<string, string>,
  currentPassword: string,
  newPassword: string,
) =>
  ctx.app.inject({
    method: "POST",
    url: "/api/account/password",
    headers,
    payload: { currentPassword, newPassword },
  });

describe("PATCH /api/account", () => {
  it("changes the person's own name, audited, and needs the CSRF token", async () => {
    const user = await createUser(ctx.db, { role: "officer", municipalityId: "larissa" });
    const agent = await signIn(ctx.app, user.email);
    const withoutToken = await ctx.app.inject({
      method: "PATCH",
      url: "/api/account",
      headers: { cookie: agent.cookie },
      payload: { name: "Άλλο Όνομα" },
    });
    expect(withoutToken.statusCode).toBe(403);
    const response = await ctx.app.inject({
      method: "PATCH",
      url: "/api/account",
      headers: agent.headers,
      payload: { name: "  Ελένη Παπαδοπούλου " },
    });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ id: user.id, name: "Ελένη Παπαδοπούλου" });
    expect((await session(agent.cookie)).json().user.name).toBe("Ελένη Παπαδοπούλου");
    const audit = await ctx.db.auditEntry.findFirstOrThrow({
      where: { action: "account.rename", entityId: user.id },
    });
    expect(JSON.parse(audit.before!)).toEqual({ name: user.name });
  });

  it("refuses an empty name (400) and anonymous callers (401)", async () => {
    const user = await createUser(ctx.db, { role: "officer", municipalityId: "larissa" });
    const agent = await signIn(ctx.app, user.email);
    const empty = await ctx.app.inject({
      method: "PATCH",
      url: "/api/account",
      headers: agent.headers,
      payload: { name: " " },
    });
    expect(empty.statusCode).toBe(400);
    const anonymous = await ctx.app.inject({
      method: "PATCH",
      url: "/api/account",
      payload: { name: "Someone" },
    });
    expect(anonymous.statusCode).toBe(401);
  });
});

describe("POST /api/account/password", () => {
  it("needs the current password (422 CURRENT_PASSWORD_WRONG)", async () => {
    const user = await createUser(ctx.db, { role: "representative", municipalityId: "larissa" });
    const agent = await signIn(ctx.app, user.email);
    const response = await changePassword(agent.headers, "not my password", NEW_PASSWORD);
    expect(response.statusCode).toBe(422);
    expect(response.json()).toMatchObject({ code: "CURRENT_PASSWORD_WRONG" });
    expect(response.json().errors[0].path).toBe("currentPassword");
    await expect(signIn(ctx.app, user.email)).resolves.toBeTruthy();
  });

  it("refuses a common or personal password with the reason (422 WEAK_PASSWORD)", async () => {
    const user = await createUser(ctx.db, {
      role: "representative",
      municipalityId: "larissa",
      name: "Κατερίνα Georgiadou",
      email: "katerina.georgiadou@larissa.test",
    });
    const agent = await signIn(ctx.app, user.email);
    const common = await changePassword(agent.headers, TEST_PASSWORD, "password12345");
    expect(common.statusCode).toBe(422);
    expect(common.json()).toMatchObject({
      code: "WEAK_PASSWORD",
      errors: [{ path: "newPassword", code: expect.stringMatching(/^weak_/) }],
    });
    const personal = await changePassword(agent.headers, TEST_PASSWORD, "georgiadou.katerina");
    expect(personal.statusCode).toBe(422);
    expect(personal.json().errors[0].code).toBe("weak_personal");
    const short = await changePassword(agent.headers, TEST_PASSWORD, "short");
    expect(short.statusCode).toBe(400);
    // nothing changed
    await expect(signIn(ctx.app, user.email)).resolves.toBeTruthy();
  });

  it("changes the password, keeps this session and ends the others", async () => {
    const user = await createUser(ctx.db, { role: "coordinator" });
    const here = await signIn(ctx.app, user.email);
    const elsewhere = await signIn(ctx.app, user.email);
    const response = await changePassword(here.headers, TEST_PASSWORD, NEW_PASSWORD);
    expect(response.statusCode).toBe(204);
    expect((await session(here.cookie)).json().user?.id).toBe(user.id);
    expect((await session(elsewhere.cookie)).json().user).toBeNull();
    await expect(signIn(ctx.app, user.email)).rejects.toThrow(/401/);
    await expect(signIn(ctx.app, user.email, NEW_PASSWORD)).resolves.toBeTruthy();
    const audit = await ctx.db.auditEntry.findFirstOrThrow({
      where: { action: "account.password_change", entityId: user.id },
    });
    expect(audit.summary).toContain("1 other session");
  });
});
