import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { designatedRepresentative, propose } from "../../../test/amendment-fixtures.ts";
import { signInAs } from "../../../test/fixtures/personas.ts";
import { createTestApp, type TestContext } from "../../../test/helpers.ts";

vi.useFakeTimers({ toFake: ["Date"], shouldAdvanceTime: true });
vi.setSystemTime(new Date("2026-11-25T10:00:00Z"));

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestApp();
});
afterAll(async () => {
  await ctx.app.close();
  vi.useRealTimers();
});

const comment = (headers: Record<string, string>, id: string, body = "Συμφωνούμε.") =>
  ctx.app.inject({
    method: "POST",
    url: `/api/amendments/${id}/comments`,
    headers,
    payload: { body },
  });

describe("POST /api/amendments/:id/comments", () => {
  it("lets the accounts of another party and the secretariat discuss an open proposal", async () => {
    const rep = await designatedRepresentative(ctx, "larissa");
    const { id } = await propose(ctx, rep);
    const officer = await signInAs(ctx, "trikala.officer");
    const response = await comment(officer.headers, id);
    expect(response.statusCode, response.body).toBe(201);
    expect(response.json().comments).toEqual([
      expect.objectContaining({
        body: "Συμφωνούμε.",
        author: expect.objectContaining({ municipalityId: "trikala", role: "officer" }),
      }),
    ]);
    const coordinator = await signInAs(ctx, "coordinator");
    expect((await comment(coordinator.headers, id, "Σημείωση γραμματείας")).statusCode).toBe(201);
    expect(
      await ctx.db.auditEntry.count({ where: { entityId: id, action: "amendment.comment" } }),
    ).toBe(2);
  });

  it("is closed to the accounts of a municipality that is not a party (403)", async () => {
    const rep = await designatedRepresentative(ctx, "larissa");
    const { id } = await propose(ctx, rep);
    const applicant = await signInAs(ctx, "serres.officer");
    expect((await comment(applicant.headers, id)).statusCode).toBe(403);
    const read = await ctx.app.inject({
      method: "GET",
      url: `/api/amendments/${id}`,
      headers: applicant.headers,
    });
    expect(read.statusCode).toBe(403);
  });

  it("is closed once the proposal is withdrawn (409)", async () => {
    const rep = await designatedRepresentative(ctx, "larissa");
    const { id } = await propose(ctx, rep);
    await ctx.app.inject({
      method: "POST",
      url: `/api/amendments/${id}/status`,
      headers: rep.headers,
      payload: { status: "withdrawn" },
    });
    const response = await comment(rep.headers, id);
    expect(response.statusCode).toBe(409);
    expect(response.json().code).toBe("AMENDMENT_CLOSED");
  });
});
