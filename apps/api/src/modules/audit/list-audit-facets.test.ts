import { beforeAll, describe, expect, it } from "vitest";
import { type SignedIn, signInAs } from "../../../test/fixtures/personas.ts";
import { useTestApp } from "../../../test/helpers.ts";

const ctx = useTestApp();
let admin: SignedIn;
beforeAll(async () => {
  admin = await signInAs(ctx, "coordinator");
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
