import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import {
  answer,
  answerForm,
  circulate,
  designatedRepresentative,
  propose,
} from "../../../test/amendment-fixtures.ts";
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

const setStatus = (headers: Record<string, string>, id: string, status: string) =>
  ctx.app.inject({
    method: "POST",
    url: `/api/amendments/${id}/status`,
    headers,
    payload: { status },
  });

describe("POST /api/amendments/:id/status", () => {
  it("lets the proposer withdraw, even once circulated; audited", async () => {
    const rep = await designatedRepresentative(ctx, "larissa");
    const { id } = await propose(ctx, rep);
    await circulate(ctx, id);
    const response = await setStatus(rep.headers, id, "withdrawn");
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json().status).toBe("withdrawn");
    expect(
      await ctx.db.auditEntry.count({ where: { entityId: id, action: "amendment.withdraw" } }),
    ).toBe(1);
    expect((await setStatus(rep.headers, id, "withdrawn")).statusCode).toBe(409);
  });

  it("can no longer adopt or reject: nobody sets an outcome (400)", async () => {
    const rep = await designatedRepresentative(ctx, "larissa");
    const { id } = await propose(ctx, rep);
    const coordinator = await signInAs(ctx, "coordinator");
    expect((await setStatus(coordinator.headers, id, "adopted")).statusCode).toBe(403);
    expect((await setStatus(rep.headers, id, "adopted")).statusCode).toBe(400);
    expect((await setStatus(rep.headers, id, "not_adopted")).statusCode).toBe(400);
  });

  it("is the proposer's only (403 for another representative)", async () => {
    const rep = await designatedRepresentative(ctx, "larissa");
    const { id } = await propose(ctx, rep);
    const other = await designatedRepresentative(ctx, "trikala");
    expect((await setStatus(other.headers, id, "withdrawn")).statusCode).toBe(403);
  });

  it("refuses a withdrawal after the outcome (409)", async () => {
    const rep = await designatedRepresentative(ctx, "larissa");
    const { id } = await propose(ctx, rep);
    await circulate(ctx, id);
    const coordinator = await signInAs(ctx, "coordinator");
    await answer(ctx, coordinator, id, "athens", answerForm({ answer: "refuse" }));
    expect((await setStatus(rep.headers, id, "withdrawn")).statusCode).toBe(409);
  });
});
