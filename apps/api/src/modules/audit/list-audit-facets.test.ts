import { describe, expect, it } from "vitest";
import { useAuditLog } from "../../../test/fixtures/audit.ts";

const { ctx, coordinator } = useAuditLog();

describe("GET /api/audit/facets", () => {
  it("lists the entity types and actors present", async () => {
    const response = await ctx.app.inject({
      method: "GET",
      url: "/api/audit/facets",
      headers: coordinator().headers,
    });
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body.entityTypes).toEqual(expect.arrayContaining(["network", "user"]));
    expect(body.actors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ id: coordinator().user.id, name: "Test coordinator" }),
      ]),
    );
    expect(body.actors.every((a: { id: string | null }) => a.id !== null)).toBe(true);
  });
});
