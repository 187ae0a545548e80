import { athensToday } from "@cni/domain/dates";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { failingBeforeCommit, INJECTED_FAILURE } from "../../../test/failing-transaction.ts";
import { signInAs } from "../../../test/fixtures/personas.ts";
import { createTestApp, type TestContext } from "../../../test/helpers.ts";
import { createDraft } from "../../../test/withdrawal-fixtures.ts";
import { createWithdrawal } from "./create-withdrawal.ts";

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestApp();
});
afterAll(async () => {
  await ctx.app.close();
});

describe("POST /api/withdrawals: a draft written declaration with its council decision", () => {
  it("files a draft for the officer's own municipality: nothing notified yet", async () => {
    const officer = await signInAs(ctx, "larissa.officer");
    const response = await createDraft(ctx, officer.headers, "larissa", {
      number: "57/2026",
      date: "2026-10-01",
      diavgeiaAda: "ψ4κρωλ7-βφη",
    });
    expect(response.statusCode, response.body).toBe(201);
    expect(response.json()).toMatchObject({
      municipalityId: "larissa",
      status: "draft",
      councilDecision: { number: "57/2026", date: "2026-10-01", diavgeiaAda: "Ψ4ΚΡΩΛ7-ΒΦΗ" },
      notifiedOn: null,
      lastDayAsParty: null,
      effectiveOn: null,
      rescission: null,
    });
    const id = response.json().id;
    expect(await ctx.db.notice.count({ where: { withdrawalId: id } })).toBe(0);
    const audit = await ctx.db.auditEntry.findMany({ where: { entityId: id } });
    expect(audit.map((a) => a.action)).toEqual(["withdrawal.create"]);
    // the directory still shows a member: a draft is not an act towards the parties
    const directory = await ctx.app.inject({ method: "GET", url: "/api/municipalities/larissa" });
    expect(directory.json().status).toBe("member");
  });

  it("answers a malformed ΑΔΑ with 422 ADA_INVALID at its field", async () => {
    const coordinator = await signInAs(ctx, "coordinator");
    const response = await createDraft(ctx, coordinator.headers, "trikala", {
      number: "5/2026",
      date: "2026-10-01",
      diavgeiaAda: "ABC",
    });
    expect(response.statusCode).toBe(422);
    expect(response.headers["content-type"]).toContain("application/problem+json");
    expect(response.json()).toMatchObject({
      code: "ADA_INVALID",
      errors: [{ path: "councilDecision.diavgeiaAda", code: "ADA_INVALID" }],
    });
  });

  it("refuses a decision in the future or numbered in another year (422)", async () => {
    const coordinator = await signInAs(ctx, "coordinator");
    const future = await createDraft(ctx, coordinator.headers, "trikala", {
      number: "5/2999",
      date: "2999-01-01",
    });
    expect(future.json().code).toBe("DECISION_IN_FUTURE");
    const year = await createDraft(ctx, coordinator.headers, "trikala", {
      number: "5/2025",
      date: "2026-01-10",
    });
    expect(year.statusCode).toBe(422);
    expect(year.json().code).toBe("DECISION_NUMBER_INVALID");
  });

  it("is for a party only: Serres (a declaration submitted, not notified) gets 409 NOT_A_PARTY", async () => {
    const coordinator = await signInAs(ctx, "coordinator");
    const response = await createDraft(ctx, coordinator.headers, "serres");
    expect(response.statusCode).toBe(409);
    expect(response.json().code).toBe("NOT_A_PARTY");
  });

  it("refuses another municipality's officer (403) and an officer not yet verified (403)", async () => {
    const other = await signInAs(ctx, "trikala.officer");
    expect((await createDraft(ctx, other.headers, "larissa")).statusCode).toBe(403);
    const pending = await signInAs(ctx, { role: "officer", municipalityId: "tilos" });
    await ctx.db.user.update({ where: { id: pending.user.id }, data: { verification: "pending" } });
    const response = await createDraft(ctx, pending.headers, "tilos");
    expect(response.statusCode).toBe(403);
    expect(await ctx.db.withdrawal.count({ where: { municipalityId: "tilos" } })).toBe(0);
  });

  it("writes nothing when the transaction fails before commit", async () => {
    const coordinator = await signInAs(ctx, "coordinator");
    const actor = { ...coordinator.user, name: "Coordinator" };
    const before = await ctx.db.withdrawal.count();
    const auditBefore = await ctx.db.auditEntry.count();
    let seenInside = 0;
    await expect(
      createWithdrawal(
        failingBeforeCommit(ctx.db, async (tx) => {
          seenInside = await tx.withdrawal.count();
        }),
        {
          actor,
          input: {
            municipalityId: "chania",
            councilDecision: { number: "9/2026", date: athensToday() },
          },
        },
      ),
    ).rejects.toThrow(INJECTED_FAILURE);
    expect(seenInside).toBe(before + 1);
    expect(await ctx.db.withdrawal.count()).toBe(before);
    expect(await ctx.db.auditEntry.count()).toBe(auditBefore);
  });
});
