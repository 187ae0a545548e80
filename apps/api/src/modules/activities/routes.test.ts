import { describe, expect, it } from "vitest";
import { useTestApp } from "../../../test/helpers.ts";

const ctx = useTestApp();

describe("OpenAPI", () => {
  it("documents every activities route", async () => {
    const response = await ctx.app.inject({ method: "GET", url: "/api/openapi.json" });
    expect(response.statusCode).toBe(200);
    const paths = Object.keys((response.json() as { paths: Record<string, unknown> }).paths);
    expect(paths).toEqual(
      expect.arrayContaining([
        "/api/activities",
        "/api/activities/{id}",
        "/api/activities/matrix",
        "/api/activities.ics",
        "/api/activities.csv",
        "/api/activities/proposals",
        "/api/activities/{id}/publish",
        "/api/activities/{id}/participants/me",
        "/api/pillars/{pillar}",
        "/api/me/pillars",
      ]),
    );
  });
});
