// "Forgot password" (issue 13 items 7 and 8): only with e-mail configured; the same answer
// whether the e-mail has an account or not; the link (token in the URL fragment) is
// single-use, stored hashed, expires; using it ends every session.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, createUser, signIn, type TestContext } from "../../../test/helpers.ts";
import { hashToken } from "../../lib/tokens.ts";

let ctx: TestContext;
beforeAll(async () => {
  // The outbox is filled when SMTP_URL is set; nothing here sends (the worker is not started).
  ctx = await createTestApp({
    SMTP_URL: "smtp://127.0.0.1:1",
    CNI_PUBLIC_URL: "https://cni.example.gr/",
  });
});
afterAll(async () => {
  await ctx.app.close();
});

const NEW_PASSWORD = "silver kettle mountain orchard";
const request = (email: string) =>
  ctx.app.inject({ method: "POST", url: "/api/auth/password-reset", payload: { email } });
const confirm = (token: string, password = NEW_PASSWORD, headers: Record<string, string> = {}) =>
  ctx.app.inject({
    method: "POST",
    url: "/api/auth/password-reset/confirm",
    payload: { token, password },
    headers,
  });

async function linkFor(email: string) {
  const mail = await ctx.db.outboxEmail.findFirstOrThrow({
    where: { to: email },
    orderBy: { createdAt: "desc" },
  });
  const url = mail.text.match(/https:\/\/\S+/)![0];
  return { url, token: new URL(url).hash.slice(1) };
}

describe("password reset by e-mail", () => {
  it("says it is available, and answers an unknown e-mail exactly like a known one", async () => {
    const available = await ctx.app.inject({ method: "GET", url: "/api/auth/password-reset" });
    expect(available.json()).toEqual({ available: true });
    const user = await createUser(ctx.db, { role: "officer", municipalityId: "larissa" });
    const known = await request(user.email);
    const unknown = await request("nobody-reset@test.cni");
    expect(known.statusCode).toBe(202);
    expect(unknown.statusCode).toBe(202);
    expect(unknown.body).toBe(known.body);
    expect(await ctx.db.outboxEmail.count({ where: { to: "nobody-reset@test.cni" } })).toBe(0);
    expect(await ctx.db.outboxEmail.count({ where: { to: user.email } })).toBe(1);
  });

  it("e-mails a link on CNI_PUBLIC_URL with the token in the fragment, stored only hashed", async () => {
    const user = await createUser(ctx.db, { role: "officer", municipalityId: "larissa" });
    await request(user.email);
    const { url, token } = await linkFor(user.email);
    expect(url.startsWith("https://cni.example.gr/reset-password#")).toBe(true);
    expect(new URL(url).pathname).toBe("/reset-password");
    const rows = await ctx.db.passwordReset.findMany({ where: { userId: user.id } });
    expect(rows).toHaveLength(1);
    expect(rows[0]?.tokenHash).toBe(hashToken(token));
    expect(JSON.stringify(rows)).not.toContain(token);
  });

  it("sets the new password once, signs in, and ends every other session", async () => {
    const user = await createUser(ctx.db, { role: "coordinator" });
    const old = await signIn(ctx.app, user.email);
    await request(user.email);
    const { token } = await linkFor(user.email);
    const weak = await confirm(token, "password12345");
    expect(weak.statusCode).toBe(422);
    expect(weak.json()).toMatchObject({ code: "WEAK_PASSWORD" });
    const done = await confirm(token);
    expect(done.statusCode).toBe(200);
    expect(done.json().user.id).toBe(user.id);
    expect(done.cookies.find((c) => c.name === "cni_session")).toBeTruthy();
    const seen = await ctx.app.inject({
      method: "GET",
      url: "/api/auth/session",
      headers: { cookie: old.cookie },
    });
    expect(seen.json().user).toBeNull();
    await expect(signIn(ctx.app, user.email, NEW_PASSWORD)).resolves.toBeTruthy();
    // single use
    const again = await confirm(token, "another fine long passphrase");
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({ code: "RESET_TOKEN_INVALID" });
    expect(
      await ctx.db.auditEntry.count({
        where: { entityId: user.id, action: "password_reset.complete" },
      }),
    ).toBe(1);
  });

  it("refuses an expired link, an unknown one, and a link superseded by a newer one", async () => {
    const user = await createUser(ctx.db, { role: "officer", municipalityId: "trikala" });
    await request(user.email);
    const first = (await linkFor(user.email)).token;
    await request(user.email);
    const second = (await linkFor(user.email)).token;
    expect(second).not.toBe(first);
    expect((await confirm(first)).statusCode).toBe(409);
    await ctx.db.passwordReset.updateMany({
      where: { userId: user.id },
      data: { expiresAt: new Date(Date.now() - 1000) },
    });
    expect((await confirm(second)).statusCode).toBe(409);
    expect((await confirm("A".repeat(43))).statusCode).toBe(409);
    await expect(signIn(ctx.app, user.email)).resolves.toBeTruthy();
  });

  it("limits the links per e-mail address (no mail-bombing)", async () => {
    const user = await createUser(ctx.db, { role: "officer", municipalityId: "trikala" });
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++) statuses.push((await request(user.email)).statusCode);
    expect(statuses).toEqual([202, 202, 202, 429, 429]);
    expect(await ctx.db.outboxEmail.count({ where: { to: user.email } })).toBe(3);
  });
});

describe("without SMTP", () => {
  it("is not available (404 PASSWORD_RESET_UNAVAILABLE)", async () => {
    const plain = await createTestApp();
    try {
      const available = await plain.app.inject({ method: "GET", url: "/api/auth/password-reset" });
      expect(available.json()).toEqual({ available: false });
      const response = await plain.app.inject({
        method: "POST",
        url: "/api/auth/password-reset",
        payload: { email: "someone@test.cni" },
      });
      expect(response.statusCode).toBe(404);
      expect(response.json()).toMatchObject({ code: "PASSWORD_RESET_UNAVAILABLE" });
    } finally {
      await plain.app.close();
    }
  });
});
