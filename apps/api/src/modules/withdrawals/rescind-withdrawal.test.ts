import { addCalendarDays, athensToday } from "@cni/domain/dates";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { failingBeforeCommit, INJECTED_FAILURE } from "../../../test/failing-transaction.ts";
import { signInAs } from "../../../test/fixtures/personas.ts";
import { createTestApp, type TestContext } from "../../../test/helpers.ts";
import { notifiedWithdrawal, rescind, rescindForm } from "../../../test/withdrawal-fixtures.ts";
import { rescindWithdrawal } from "./rescind-withdrawal.ts";

let ctx: TestContext;
const today = athensToday();
const decisionNumber = `88/${today.slice(0, 4)}`;
beforeAll(async () => {
  ctx = await createTestApp();
});
afterAll(async () => {
  await ctx.app.close();
});

describe("POST /api/withdrawals/:id/rescind: the municipality's revocation", () => {
  it("is recorded with its decision and PDF, notified to the parties; designations reopen", async () => {
    const officer = await signInAs(ctx, "larissa.officer");
    await ctx.db.designation.create({
      data: {
        municipalityId: "larissa",
        role: "representative",
        name: "R L",
        email: "r@l.test",
        from: "2025-01-01",
      },
    });
    const w = await notifiedWithdrawal(ctx, officer.headers, "larissa");
    expect((await ctx.db.designation.findFirst({ where: { municipalityId: "larissa" } }))?.to).toBe(
      w.effectiveOn,
    );

    const response = await rescind(
      ctx,
      officer.headers,
      w.id,
      rescindForm({ decisionNumber, decisionDate: today, diavgeiaAda: "ΡΩ9Ξ46ΜΤΛΡ-7ΑΒ" }),
    );
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toMatchObject({
      status: "rescinded",
      rescission: { on: today, decisionNumber, decisionDate: today, diavgeiaAda: "ΡΩ9Ξ46ΜΤΛΡ-7ΑΒ" },
    });
    expect(response.json().documents.map((d: { kind: string }) => d.kind)).toEqual([
      "withdrawal_declaration",
      "rescission_decision",
    ]);
    const notices = await ctx.db.notice.findMany({
      where: { withdrawalId: w.id, event: "rescinded" },
    });
    expect(notices.length).toBeGreaterThan(10);
    expect(notices.some((n) => n.recipientMunicipalityId === "larissa")).toBe(false);
    expect(
      (await ctx.db.designation.findFirst({ where: { municipalityId: "larissa" } }))?.to,
    ).toBeNull();
    const directory = await ctx.app.inject({
      method: "GET",
      url: "/api/municipalities/larissa",
      query: { asOf: addCalendarDays(today, 30) },
    });
    expect(directory.json().status).toBe("member");

    // twice → 409
    const again = await rescind(
      ctx,
      officer.headers,
      w.id,
      rescindForm({ decisionNumber, decisionDate: today }),
    );
    expect([again.statusCode, again.json().code]).toEqual([409, "WITHDRAWAL_ALREADY_RESCINDED"]);
  });

  it("is possible on the last day as a party, and 409 from the first day of effect", async () => {
    const coordinator = await signInAs(ctx, "coordinator");
    const lastDay = await notifiedWithdrawal(
      ctx,
      coordinator.headers,
      "karditsa",
      addCalendarDays(today, -15),
      "2025-01-10",
    );
    expect(lastDay.lastDayAsParty).toBe(today);
    const ok = await rescind(
      ctx,
      coordinator.headers,
      lastDay.id,
      rescindForm({ decisionNumber, decisionDate: today }),
    );
    expect(ok.statusCode, ok.body).toBe(200);

    const late = await notifiedWithdrawal(
      ctx,
      coordinator.headers,
      "tripoli",
      addCalendarDays(today, -16),
      "2025-01-10",
    );
    expect(late.effectiveOn).toBe(today);
    const refused = await rescind(
      ctx,
      coordinator.headers,
      late.id,
      rescindForm({ decisionNumber, decisionDate: today }),
    );
    expect(refused.statusCode).toBe(409);
    expect(refused.headers["content-type"]).toContain("application/problem+json");
    expect(refused.json().code).toBe("WITHDRAWAL_ALREADY_EFFECTIVE");
    // nothing was stored with the refused act, not even its PDF
    expect(
      await ctx.db.document.count({
        where: { withdrawalId: late.id, kind: "rescission_decision" },
      }),
    ).toBe(0);
  });

  it("needs the decision's fields (400), a real ΑΔΑ (422) and the PDF (400)", async () => {
    const coordinator = await signInAs(ctx, "coordinator");
    const w = await notifiedWithdrawal(ctx, coordinator.headers, "livadeia");
    const noFields = await rescind(ctx, coordinator.headers, w.id, rescindForm({}));
    expect(noFields.statusCode).toBe(400);
    const badAda = await rescind(
      ctx,
      coordinator.headers,
      w.id,
      rescindForm({ decisionNumber, decisionDate: today, diavgeiaAda: "nope" }),
    );
    expect([badAda.statusCode, badAda.json().code]).toEqual([422, "ADA_INVALID"]);
    const noFile = await rescind(
      ctx,
      coordinator.headers,
      w.id,
      rescindForm({ decisionNumber, decisionDate: today }, null),
    );
    expect(noFile.statusCode).toBe(400);
    expect((await ctx.db.withdrawal.findUnique({ where: { id: w.id } }))?.rescindedOn).toBeNull();
  });

  it("writes nothing (revocation, notices, reopened designations, audit) when the transaction fails", async () => {
    const coordinator = await signInAs(ctx, "coordinator");
    const w = await notifiedWithdrawal(ctx, coordinator.headers, "heraklion");
    const actor = { ...coordinator.user, name: "Coordinator" };
    let inside = 0;
    await expect(
      rescindWithdrawal(
        failingBeforeCommit(ctx.db, async (tx) => {
          inside = await tx.notice.count({ where: { withdrawalId: w.id, event: "rescinded" } });
        }),
        { actor, id: w.id, decision: { decisionNumber, decisionDate: today } },
      ),
    ).rejects.toThrow(INJECTED_FAILURE);
    expect(inside).toBeGreaterThan(10);
    expect(await ctx.db.notice.count({ where: { withdrawalId: w.id, event: "rescinded" } })).toBe(
      0,
    );
    expect((await ctx.db.withdrawal.findUnique({ where: { id: w.id } }))?.status).toBe("pending");
    expect(
      await ctx.db.auditEntry.count({ where: { entityId: w.id, action: "withdrawal.rescind" } }),
    ).toBe(0);
  });
});
