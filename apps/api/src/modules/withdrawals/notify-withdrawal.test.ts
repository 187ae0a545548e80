import { addCalendarDays, athensToday } from "@cni/domain/dates";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { failingBeforeCommit, INJECTED_FAILURE } from "../../../test/failing-transaction.ts";
import { signInAs } from "../../../test/fixtures/personas.ts";
import { createTestApp, type TestContext } from "../../../test/helpers.ts";
import {
  attachDeclaration,
  createDraft,
  notifiedWithdrawal,
  notify,
} from "../../../test/withdrawal-fixtures.ts";
import { currentDesignationRole } from "../../lib/powers.ts";
import { notifyWithdrawal } from "./notify-withdrawal.ts";

let ctx: TestContext;
const today = athensToday();
beforeAll(async () => {
  ctx = await createTestApp({ SMTP_URL: "smtp://127.0.0.1:1" });
});
afterAll(async () => {
  await ctx.app.close();
});

const statusOn = async (id: string, asOf: string) =>
  (
    await ctx.app.inject({ method: "GET", url: `/api/municipalities/${id}`, query: { asOf } })
  ).json().status;

describe("POST /api/withdrawals/:id/notify", () => {
  it("needs the signed declaration first: 422 DOCUMENT_REQUIRED", async () => {
    const coordinator = await signInAs(ctx, "coordinator");
    const draft = (await createDraft(ctx, coordinator.headers, "tilos")).json();
    const response = await notify(ctx, coordinator.headers, draft.id);
    expect(response.statusCode).toBe(422);
    expect(response.headers["content-type"]).toContain("application/problem+json");
    expect(response.json().code).toBe("DOCUMENT_REQUIRED");
    expect((await ctx.db.withdrawal.findUnique({ where: { id: draft.id } }))?.status).toBe("draft");
  });

  it("a paper notification on 2026-10-20: member through 04/11/2026, former from 05/11/2026", async () => {
    const coordinator = await signInAs(ctx, "coordinator");
    // Katerini's representative and alternate are designated; they end on the last day.
    for (const role of ["representative", "alternate"]) {
      await ctx.db.designation.create({
        data: {
          municipalityId: "katerini",
          role,
          name: `${role} K`,
          email: `${role}@k.test`,
          from: "2025-01-01",
        },
      });
    }
    // a party's officer, who will be e-mailed the notice
    const athensOfficer = await signInAs(ctx, "athens.officer");
    const draft = (await createDraft(ctx, coordinator.headers, "katerini")).json();
    expect((await attachDeclaration(ctx, coordinator.headers, draft.id)).statusCode).toBe(201);
    const response = await notify(ctx, coordinator.headers, draft.id, "2026-10-20");
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toMatchObject({
      status: today >= "2026-11-05" ? "effective" : "pending",
      notifiedOn: "2026-10-20",
      lastDayAsParty: "2026-11-04",
      effectiveOn: "2026-11-05",
    });

    // the directory agrees, day by day
    expect(await statusOn("katerini", "2026-10-19")).toBe("member");
    expect(await statusOn("katerini", "2026-11-04")).toBe("withdrawing");
    expect(await statusOn("katerini", "2026-11-05")).toBe("former");
    const detail = await ctx.app.inject({
      method: "GET",
      url: "/api/municipalities/katerini",
      query: { asOf: "2026-11-04" },
    });
    expect(detail.json()).toMatchObject({
      withdrawalLastDayAsParty: "2026-11-04",
      withdrawalEffectiveOn: "2026-11-05",
    });

    // one notice to every other party on 2026-10-20, none to itself
    const notices = await ctx.db.notice.findMany({ where: { withdrawalId: draft.id } });
    const parties = (
      await ctx.app.inject({
        method: "GET",
        url: "/api/municipalities",
        query: { asOf: "2026-10-20", status: "member,withdrawing" },
      })
    ).json().items.length;
    expect(notices).toHaveLength(parties - 1);
    expect(notices.every((n) => n.kind === "withdrawal" && n.event === "filed")).toBe(true);
    expect(notices.some((n) => n.recipientMunicipalityId === "katerini")).toBe(false);

    // designations hold through the last day as a party: `to` is the first day they do not
    const designations = await ctx.db.designation.findMany({
      where: { municipalityId: "katerini" },
    });
    expect(designations.map((d) => d.to)).toEqual(["2026-11-05", "2026-11-05"]);
    // …so the representative's powers hold on 2026-11-04 and are gone on 2026-11-05
    const representative = {
      email: "representative@k.test",
      municipalityId: "katerini",
      verification: "verified" as const,
    };
    expect(await currentDesignationRole(ctx.db, representative, "2026-11-04")).toBe(
      "representative",
    );
    expect(await currentDesignationRole(ctx.db, representative, "2026-11-05")).toBeNull();

    // the audit entry says both dates; the e-mails say them unambiguously in both languages
    const audit = await ctx.db.auditEntry.findFirst({
      where: { entityId: draft.id, action: "withdrawal.notify" },
    });
    expect(audit?.summary).toContain("member through 04/11/2026, former from 05/11/2026");
    const email = await ctx.db.outboxEmail.findFirst({
      where: { to: { contains: athensOfficer.user.email } },
    });
    expect(email?.text).toContain(
      "μέλος έως και τις 04/11/2026 · η αποχώρηση ισχύει από 05/11/2026",
    );
    expect(email?.text).toContain("member through 04/11/2026, former from 05/11/2026");

    // the in-app notice of a party carries the same two dates
    const inbox = await ctx.app.inject({
      method: "GET",
      url: "/api/notices",
      headers: athensOfficer.headers,
    });
    expect(
      inbox.json().items.find((n: { withdrawalId: string | null }) => n.withdrawalId === draft.id),
    ).toMatchObject({
      event: "filed",
      withdrawalDates: { lastDayAsParty: "2026-11-04", effectiveOn: "2026-11-05" },
    });

    // twice → 409
    const again = await notify(ctx, coordinator.headers, draft.id, "2026-10-21");
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe("WITHDRAWAL_NOT_DRAFT");
  });

  it("refuses a date in the future, before the decision, or earlier than today for an officer", async () => {
    const officer = await signInAs(ctx, "trikala.officer");
    const draft = (
      await createDraft(ctx, officer.headers, "trikala", { number: "3/2026", date: "2026-09-01" })
    ).json();
    await attachDeclaration(ctx, officer.headers, draft.id);
    const future = await notify(ctx, officer.headers, draft.id, addCalendarDays(today, 1));
    expect([future.statusCode, future.json().code]).toEqual([422, "NOTIFIED_IN_FUTURE"]);
    const early = await notify(ctx, officer.headers, draft.id, "2026-08-31");
    expect([early.statusCode, early.json().code]).toEqual([422, "NOTIFIED_BEFORE_DECISION"]);
    const past = await notify(ctx, officer.headers, draft.id, "2026-09-02");
    expect([past.statusCode, past.json().code]).toEqual([422, "NOTIFIED_IN_PAST_COORDINATOR_ONLY"]);
    // the officer notifies today
    const ok = await notify(ctx, officer.headers, draft.id);
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toMatchObject({
      status: "pending",
      notifiedOn: today,
      lastDayAsParty: addCalendarDays(today, 15),
      effectiveOn: addCalendarDays(today, 16),
    });
    // a second withdrawal cannot run over the same days
    const second = await notifiedWithdrawal(ctx, officer.headers, "trikala").catch((e: Error) => e);
    expect(String(second)).toContain("409");
  });

  it("writes nothing (status, notices, designation ends, audit) when the transaction fails", async () => {
    const coordinator = await signInAs(ctx, "coordinator");
    await ctx.db.designation.create({
      data: {
        municipalityId: "chania",
        role: "representative",
        name: "R C",
        email: "r@c.test",
        from: "2025-01-01",
      },
    });
    const draft = (await createDraft(ctx, coordinator.headers, "chania")).json();
    await attachDeclaration(ctx, coordinator.headers, draft.id);
    const actor = { ...coordinator.user, name: "Coordinator" };
    const counts = async () => ({
      notices: await ctx.db.notice.count({ where: { withdrawalId: draft.id } }),
      audit: await ctx.db.auditEntry.count({ where: { action: "withdrawal.notify" } }),
      ended: await ctx.db.designation.count({
        where: { municipalityId: "chania", to: { not: null } },
      }),
    });
    const before = await counts();
    let inside = 0;
    await expect(
      notifyWithdrawal(
        failingBeforeCommit(ctx.db, async (tx) => {
          inside = await tx.notice.count({ where: { withdrawalId: draft.id } });
        }),
        { actor, id: draft.id, notifiedOn: "2026-10-20" },
      ),
    ).rejects.toThrow(INJECTED_FAILURE);
    expect(inside).toBeGreaterThan(10);
    expect(await counts()).toEqual(before);
    expect((await ctx.db.withdrawal.findUnique({ where: { id: draft.id } }))?.status).toBe("draft");
  });
});
