import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signInAs } from "../../../test/fixtures/personas.ts";
import { createTestApp, type TestContext } from "../../../test/helpers.ts";
import {
  attachDeclaration,
  createDraft,
  notifiedWithdrawal,
} from "../../../test/withdrawal-fixtures.ts";

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestApp();
});
afterAll(async () => {
  await ctx.app.close();
});

describe("GET /api/withdrawals and /api/withdrawals/:id", () => {
  it("scopes to the municipality, derives the status as of a day, and keeps drafts apart", async () => {
    const coordinator = await signInAs(ctx, "coordinator");
    const notified = await notifiedWithdrawal(ctx, coordinator.headers, "piraeus", "2026-10-20");
    const draft = (await createDraft(ctx, coordinator.headers, "delta")).json();
    await attachDeclaration(ctx, coordinator.headers, draft.id);

    const all = await ctx.app.inject({
      method: "GET",
      url: "/api/withdrawals",
      headers: coordinator.headers,
    });
    const byId = new Map(
      all.json().items.map((w: { id: string; status: string }) => [w.id, w.status]),
    );
    expect(byId.get(draft.id)).toBe("draft");

    const on = async (asOf: string) =>
      (
        await ctx.app.inject({
          method: "GET",
          url: `/api/withdrawals/${notified.id}`,
          headers: coordinator.headers,
          query: { asOf },
        })
      ).json();
    expect(await on("2026-11-04")).toMatchObject({ status: "pending", daysUntilEffective: 1 });
    expect(await on("2026-11-05")).toMatchObject({ status: "effective", daysUntilEffective: 0 });

    const officer = await signInAs(ctx, "delta.officer");
    const own = await ctx.app.inject({
      method: "GET",
      url: "/api/withdrawals",
      headers: officer.headers,
    });
    expect(own.json().items.map((w: { id: string }) => w.id)).toEqual([draft.id]);
    const other = await ctx.app.inject({
      method: "GET",
      url: `/api/withdrawals/${notified.id}`,
      headers: officer.headers,
    });
    expect(other.statusCode).toBe(404);

    // the public history lists only notified withdrawals
    const detail = await ctx.app.inject({ method: "GET", url: "/api/municipalities/delta" });
    expect(detail.json().history.withdrawals).toEqual([]);
    const piraeus = await ctx.app.inject({ method: "GET", url: "/api/municipalities/piraeus" });
    expect(piraeus.json().history.withdrawals).toEqual([
      expect.objectContaining({
        notifiedOn: "2026-10-20",
        lastDayAsParty: "2026-11-04",
        effectiveOn: "2026-11-05",
      }),
    ]);
  });
});
