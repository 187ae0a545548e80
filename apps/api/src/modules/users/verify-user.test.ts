import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signInAs } from "../../../test/fixtures/personas.ts";
import { createTestApp, createUser, signIn, type TestContext } from "../../../test/helpers.ts";

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestApp();
});
afterAll(async () => {
  await ctx.app.close();
});

async function pendingOfficer(email: string) {
  const user = await createUser(ctx.db, { role: "officer", municipalityId: "serres", email });
  await ctx.db.user.update({ where: { id: user.id }, data: { verification: "pending" } });
  return user;
}

describe("POST /api/users/:id/refuse", () => {
  it("refuses a pending registration with a reason the person sees; its access ends at once", async () => {
    const user = await pendingOfficer("refused@users.test");
    const person = await signIn(ctx.app, user.email);
    const draftBefore = await ctx.app.inject({
      method: "GET",
      url: "/api/accessions",
      headers: person.headers,
    });
    expect(draftBefore.statusCode).toBe(200);

    const coordinator = await signInAs(ctx, "coordinator");
    const refused = await ctx.app.inject({
      method: "POST",
      url: `/api/users/${user.id}/refuse`,
      headers: coordinator.headers,
      payload: { reason: "Ο δήμος δεν γνωρίζει το πρόσωπο" },
    });
    expect(refused.statusCode).toBe(200);
    expect(refused.json().user).toMatchObject({
      verification: "refused",
      refusalReason: "Ο δήμος δεν γνωρίζει το πρόσωπο",
    });
    // the sessions ended; signing in again shows the reason and opens nothing else
    expect(
      (
        await ctx.app.inject({ method: "GET", url: "/api/auth/session", headers: person.headers })
      ).json().user,
    ).toBeNull();
    const again = await signIn(ctx.app, user.email);
    const session = await ctx.app.inject({
      method: "GET",
      url: "/api/auth/session",
      headers: again.headers,
    });
    expect(session.json().user).toMatchObject({
      verification: "refused",
      refusalReason: "Ο δήμος δεν γνωρίζει το πρόσωπο",
    });
    const draft = await ctx.app.inject({
      method: "POST",
      url: "/api/accessions",
      headers: again.headers,
      payload: {},
    });
    expect(draft.statusCode).toBe(403);
    expect(draft.json().code).toBe("NOT_VERIFIED");
    const audit = await ctx.db.auditEntry.findFirstOrThrow({
      where: { action: "user.refuse", entityId: user.id },
    });
    expect(audit.actorId).toBe(coordinator.user.id);

    // a decided registration is not decided twice
    const twice = await ctx.app.inject({
      method: "POST",
      url: `/api/users/${user.id}/refuse`,
      headers: coordinator.headers,
      payload: { reason: "again" },
    });
    expect(twice.statusCode).toBe(409);
  });

  it("needs a reason", async () => {
    const user = await pendingOfficer("noreason@users.test");
    const coordinator = await signInAs(ctx, "coordinator");
    const response = await ctx.app.inject({
      method: "POST",
      url: `/api/users/${user.id}/refuse`,
      headers: coordinator.headers,
      payload: { reason: "" },
    });
    expect(response.statusCode).toBe(400);
  });
});

describe("POST /api/users/:id/verify", () => {
  it("verifies once (409 ALREADY_VERIFIED after) and lists by verification", async () => {
    const user = await pendingOfficer("verify-twice@users.test");
    const coordinator = await signInAs(ctx, "coordinator");
    const listed = await ctx.app.inject({
      method: "GET",
      url: "/api/users?verification=pending",
      headers: coordinator.headers,
    });
    expect(listed.json().items.map((u: { id: string }) => u.id)).toContain(user.id);
    const first = await ctx.app.inject({
      method: "POST",
      url: `/api/users/${user.id}/verify`,
      headers: coordinator.headers,
    });
    expect(first.statusCode).toBe(200);
    const second = await ctx.app.inject({
      method: "POST",
      url: `/api/users/${user.id}/verify`,
      headers: coordinator.headers,
    });
    expect(second.statusCode).toBe(409);
    expect(second.json().code).toBe("ALREADY_VERIFIED");
    expect(
      await ctx.db.auditEntry.count({ where: { action: "user.verify", entityId: user.id } }),
    ).toBe(1);
  });
});
