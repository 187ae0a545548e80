import { beforeAll, describe, expect, it } from "vitest";
import { circulateSerresAccession } from "../../../test/fixtures/notices.ts";
import { type SignedIn, signInAs } from "../../../test/fixtures/personas.ts";
import { useTestApp } from "../../../test/helpers.ts";

const ctx = useTestApp();
beforeAll(async () => {
  await circulateSerresAccession(ctx);
});

const list = async (agent: SignedIn, query = "") =>
  (
    await ctx.app.inject({
      method: "GET",
      url: `/api/notices${query}`,
      headers: { cookie: agent.cookie },
    })
  ).json();
const acknowledge = (agent: SignedIn, id: string) =>
  ctx.app.inject({ method: "POST", url: `/api/notices/${id}/acknowledge`, headers: agent.headers });

describe("POST /api/notices/:id/acknowledge", () => {
  it("records the acknowledgement once (idempotent repeat) with an audit entry", async () => {
    const representative = await signInAs(ctx, "larissa.representative");
    const officer = await signInAs(ctx, "larissa.officer");
    const notice = (await list(representative)).items[0];
    const first = await acknowledge(representative, notice.id);
    expect(first.statusCode).toBe(200);
    expect(first.json()).toMatchObject({
      acknowledgedAt: expect.any(String),
      acknowledgedBy: "Test representative",
    });
    const repeat = await acknowledge(officer, notice.id);
    expect(repeat.statusCode).toBe(200);
    expect(repeat.json().acknowledgedAt).toBe(first.json().acknowledgedAt);
    expect(repeat.json().acknowledgedBy).toBe("Test representative");
    expect(
      await ctx.db.auditEntry.count({
        where: { action: "notice.acknowledge", entityId: notice.id },
      }),
    ).toBe(1);
    expect(await list(representative)).toMatchObject({ unacknowledged: 0 });
    expect((await list(representative, "?acknowledged=false")).total).toBe(0);
    expect((await list(representative, "?acknowledged=true")).total).toBe(1);
  });

  it("404s for a notice addressed to another municipality and 403s for coordinators", async () => {
    const notice = (await list(await signInAs(ctx, "larissa.officer"))).items[0];
    const trikala = await signInAs(ctx, "trikala.representative");
    expect((await acknowledge(trikala, notice.id)).statusCode).toBe(404);
    expect((await acknowledge(await signInAs(ctx, "coordinator"), notice.id)).statusCode).toBe(403);
    expect((await acknowledge(trikala, "no-such-notice")).statusCode).toBe(404);
  });
});
