import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type SignedIn, signInAs } from "../../../test/fixtures/personas.ts";
import { createTestApp, type TestContext } from "../../../test/helpers.ts";

let ctx: TestContext;
let admin: SignedIn;
beforeAll(async () => {
  ctx = await createTestApp();
  admin = await signInAs(ctx, "coordinator");
});
afterAll(async () => {
  await ctx.app.close();
});

describe("GET /api/audit/facets", () => {
  it("lists the entity types and actors present", async () => {
    const response = await ctx.app.inject({
      method: "GET",
      url: "/api/audit/facets",
      headers: admin.headers,
    });
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body.entityTypes).toEqual(expect.arrayContaining(["network", "user"]));
    expect(body.actors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ id: admin.user.id, name: "Test coordinator" }),
      ]),
    );
    expect(body.actors.every((a: { id: string | null }) => a.id !== null)).toBe(true);
  });
});
