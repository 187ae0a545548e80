import { describe, expect, it } from "vitest";
import { createUser, signIn, useTestApp } from "../../../test/helpers.ts";

const ctx = useTestApp();

describe("my pillars", () => {
  it("stores the pillars a representative follows, in canonical order", async () => {
    const user = await createUser(ctx.db, { role: "representative", municipalityId: "chania" });
    const agent = await signIn(ctx.app, user.email);
    const get = () =>
      ctx.app.inject({ method: "GET", url: "/api/me/pillars", headers: { cookie: agent.cookie } });
    expect((await get()).json()).toEqual({ pillars: [] });
    const put = (pillars: unknown) =>
      ctx.app.inject({
        method: "PUT",
        url: "/api/me/pillars",
        headers: agent.headers,
        payload: { pillars },
      });
    expect((await put(["inclusion", "employability"])).json()).toEqual({
      pillars: ["employability", "inclusion"],
    });
    expect((await get()).json()).toEqual({ pillars: ["employability", "inclusion"] });
    expect((await put(["sports"])).statusCode).toBe(400);
    expect((await put(["inclusion", "inclusion"])).statusCode).toBe(400);
    expect(
      await ctx.db.auditEntry.count({ where: { entityId: user.id, action: "user.pillars" } }),
    ).toBe(1);
  });
});
