import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { designatedRepresentative, propose } from "../../../test/amendment-fixtures.ts";
import { failingBeforeCommit, INJECTED_FAILURE } from "../../../test/failing-transaction.ts";
import { signInAs } from "../../../test/fixtures/personas.ts";
import { createTestApp, type TestContext } from "../../../test/helpers.ts";
import { circulateAmendment } from "./circulate-amendment.ts";

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

const circulate = (headers: Record<string, string>, id: string) =>
  ctx.app.inject({ method: "POST", url: `/api/amendments/${id}/circulate`, headers });

describe("POST /api/amendments/:id/circulate", () => {
  it("freezes the parties of the day on the amendment and sends each one notice", async () => {
    const rep = await designatedRepresentative(ctx, "larissa");
    const { id } = await propose(ctx, rep);
    const coordinator = await signInAs(ctx, "coordinator");
    const response = await circulate(coordinator.headers, id);
    expect(response.statusCode, response.body).toBe(200);
    const body = response.json();
    expect(body).toMatchObject({ status: "circulated", circulatedOn: "2026-11-25" });
    expect(body.parties).toHaveLength(18);
    expect(body.parties.every((p: { state: string }) => p.state === "pending")).toBe(true);
    expect(body.parties.map((p: { municipalityId: string }) => p.municipalityId)).not.toContain(
      "serres",
    );
    const notices = await ctx.db.notice.findMany({
      where: { amendmentId: id, event: "circulated" },
    });
    expect(notices).toHaveLength(18);
    expect(body.history.map((h: { event: string }) => h.event)).toEqual(["proposed", "circulated"]);
    const audit = await ctx.db.auditEntry.findMany({ where: { entityId: id } });
    expect(audit.map((a) => a.action)).toContain("amendment.circulate");

    const again = await circulate(coordinator.headers, id);
    expect(again.statusCode).toBe(409);
    expect(await ctx.db.amendmentParty.count({ where: { amendmentId: id } })).toBe(18);
  });

  it("is the secretariat's (403 for a representative), 404 for an unknown proposal", async () => {
    const rep = await designatedRepresentative(ctx, "trikala");
    const { id } = await propose(ctx, rep);
    expect((await circulate(rep.headers, id)).statusCode).toBe(403);
    const coordinator = await signInAs(ctx, "coordinator");
    expect((await circulate(coordinator.headers, "nope")).statusCode).toBe(404);
  });

  it("writes nothing when the transaction fails half-way", async () => {
    const rep = await designatedRepresentative(ctx, "karditsa");
    const { id } = await propose(ctx, rep);
    const coordinator = await signInAs(ctx, "coordinator");
    const failing = failingBeforeCommit(ctx.db, async (tx) => {
      expect(await tx.amendmentParty.count({ where: { amendmentId: id } })).toBe(18);
    });
    await expect(
      circulateAmendment(failing, {
        actor: { ...coordinator.user, name: "C", verification: "verified" },
        id,
      }),
    ).rejects.toThrow(INJECTED_FAILURE);
    expect(await ctx.db.amendmentParty.count({ where: { amendmentId: id } })).toBe(0);
    expect((await ctx.db.amendment.findUniqueOrThrow({ where: { id } })).status).toBe("proposed");
    expect(await ctx.db.notice.count({ where: { amendmentId: id, event: "circulated" } })).toBe(0);
  });
});
