import { describe, expect, it } from "vitest";
import { failingBeforeCommit, INJECTED_FAILURE } from "../../../test/failing-transaction.ts";
import { createUser, useTestApp } from "../../../test/helpers.ts";
import type { SessionUser } from "../../lib/access.ts";
import { deliverReminder } from "./deliver-reminder.ts";
import { sendDueReminders } from "./send-due-reminders.ts";
import { updateReminderSetting } from "./update-reminder-setting.ts";

const ctx = useTestApp();
const run = (today: string) => sendDueReminders(ctx.db, { today, openDaysBefore: 60 });

async function coordinator(): Promise<SessionUser> {
  const user = await createUser(ctx.db, { role: "coordinator" });
  return { ...user, role: "coordinator", verification: "verified" };
}

describe("unacknowledged notices", () => {
  it("reminds the recipient once, from the 7th Athens day after sending", async () => {
    // Sent 2026-11-20 at 01:30 Athens time (23:30 UTC the day before): the Athens day counts.
    const original = await ctx.db.notice.create({
      data: {
        kind: "withdrawal",
        event: "filed",
        subjectMunicipalityId: "trikala",
        recipientMunicipalityId: "larissa",
        sentAt: new Date("2026-11-19T23:30:00Z"),
      },
    });
    expect((await run("2026-11-26")).sent).toBe(0);

    const first = await run("2026-11-27");
    expect(first.byKind).toEqual({ unacknowledged_notice: 1 });
    const reminder = await ctx.db.notice.findFirstOrThrow({ where: { event: "unacknowledged" } });
    expect(reminder).toMatchObject({
      kind: "withdrawal",
      recipientMunicipalityId: "larissa",
      subjectMunicipalityId: "trikala",
      acknowledgedAt: null,
    });
    const sent = await ctx.db.sentReminder.findFirstOrThrow({ where: { noticeId: reminder.id } });
    expect(sent).toMatchObject({
      kind: "unacknowledged_notice",
      subjectKey: `unacknowledged_notice:${original.id}`,
      remindedOn: "2026-11-27",
    });
    expect(
      await ctx.db.auditEntry.count({ where: { action: "reminder.send", actorLabel: "system" } }),
    ).toBe(1);

    // the same day again, and the days after: nothing new (and the reminder is not reminded)
    expect((await run("2026-11-27")).sent).toBe(0);
    expect((await run("2026-12-15")).sent).toBe(0);
    expect(await ctx.db.notice.count({ where: { event: "unacknowledged" } })).toBe(1);
  });

  it("does not remind an acknowledged notice", async () => {
    await ctx.db.notice.create({
      data: {
        kind: "accession",
        event: "notified",
        subjectMunicipalityId: "serres",
        recipientMunicipalityId: "trikala",
        sentAt: new Date("2026-11-01T10:00:00Z"),
        acknowledgedAt: new Date("2026-11-02T10:00:00Z"),
      },
    });
    // a declaration to check: left to declaration_waiting (Serres has no submission date)
    await ctx.db.notice.create({
      data: {
        kind: "accession",
        event: "submitted",
        subjectMunicipalityId: "serres",
        recipientMunicipalityId: null,
        sentAt: new Date("2026-11-01T10:00:00Z"),
      },
    });
    expect((await run("2026-12-20")).sent).toBe(0);
  });

  it("reminds the coordinators of a registration they have not acknowledged", async () => {
    const officer = await createUser(ctx.db, { role: "officer", municipalityId: "larissa" });
    const original = await ctx.db.notice.create({
      data: {
        kind: "registration",
        event: "submitted",
        subjectMunicipalityId: "larissa",
        subjectUserId: officer.id,
        recipientMunicipalityId: null,
        sentAt: new Date("2026-12-28T10:00:00Z"),
      },
    });
    expect((await run("2027-01-03")).sent).toBe(0);
    expect((await run("2027-01-04")).byKind).toEqual({ unacknowledged_notice: 1 });
    const reminder = await ctx.db.notice.findFirstOrThrow({
      where: { kind: "registration", event: "unacknowledged" },
    });
    expect(reminder).toMatchObject({ recipientMunicipalityId: null, subjectUserId: officer.id });
    expect(
      await ctx.db.sentReminder.count({
        where: { subjectKey: `unacknowledged_notice:${original.id}` },
      }),
    ).toBe(1);
  });
});

describe("declarations waiting on a coordinator", () => {
  it("reminds the coordinators after more than 7 days, not when switched off", async () => {
    const actor = await coordinator();
    const accession = await ctx.db.accession.findFirstOrThrow({
      where: { municipalityId: "serres" },
    });
    await ctx.db.accession.update({
      where: { id: accession.id },
      data: { submittedAt: new Date("2027-03-01T09:00:00Z"), submittedOn: "2027-03-01" },
    });
    await updateReminderSetting(ctx.db, { actor, kind: "declaration_waiting", enabled: false });
    expect((await run("2027-03-09")).sent).toBe(0);

    await updateReminderSetting(ctx.db, { actor, kind: "declaration_waiting", enabled: true });
    expect((await run("2027-03-08")).sent).toBe(0); // 7 days: not more than 7
    expect((await run("2027-03-09")).byKind).toEqual({ declaration_waiting: 1 });
    expect((await run("2027-03-09")).sent).toBe(0);
    const notice = await ctx.db.notice.findFirstOrThrow({ where: { event: "waiting" } });
    expect(notice).toMatchObject({
      kind: "accession",
      accessionId: accession.id,
      recipientMunicipalityId: null,
      subjectMunicipalityId: "serres",
    });
    expect(
      await ctx.db.auditEntry.count({
        where: { action: "reminder.setting", entityId: "declaration_waiting" },
      }),
    ).toBe(2);
  });
});

describe("review reminders", () => {
  it("at the opening and in the last two weeks, to the participants that have not submitted", async () => {
    await ctx.db.reviewCycle.create({ data: { dueOn: "2028-06-17" } });
    await ctx.db.evaluation.create({
      data: {
        dueOn: "2028-06-17",
        municipalityId: "larissa",
        scoreEmployability: 3,
        scoreMunicipalStructures: 3,
        scoreInclusion: 3,
        achievements: "",
        challenges: "",
        proposals: "",
      },
    });
    const reminded = async (kind: string) =>
      (await ctx.db.sentReminder.findMany({ where: { kind } })).map(
        (r) => r.recipientMunicipalityId,
      );

    expect((await run("2028-04-17")).byKind.review_opening).toBeUndefined();
    const opening = await run("2028-04-18");
    const openingRecipients = await reminded("review_opening");
    expect(opening.byKind.review_opening).toBe(openingRecipients.length);
    expect(openingRecipients.length).toBeGreaterThan(10);
    expect(openingRecipients).toContain("trikala");
    expect(openingRecipients).not.toContain("larissa"); // submitted
    expect((await run("2028-04-19")).byKind.review_opening).toBeUndefined();

    const lastWeeks = await run("2028-06-04");
    expect(lastWeeks.byKind.review_last_weeks).toBe(openingRecipients.length);
    expect(
      await ctx.db.notice.count({
        where: { kind: "review", event: "reminder", reviewDueOn: "2028-06-17" },
      }),
    ).toBe(2 * openingRecipients.length);
    expect((await run("2028-06-17")).byKind.review_last_weeks).toBeUndefined();
  });
});

describe("all or nothing", () => {
  it("a failure before commit writes neither the notice nor the record", async () => {
    const before = await ctx.db.notice.count();
    const failing = failingBeforeCommit(ctx.db, async (tx) => {
      expect(await tx.sentReminder.count({ where: { subjectKey: "test:rollback" } })).toBe(1);
    });
    await expect(
      deliverReminder(
        failing,
        {
          kind: "unacknowledged_notice",
          subjectKey: "test:rollback",
          recipientMunicipalityId: "larissa",
          subjectMunicipalityId: null,
          notice: { kind: "review", event: "unacknowledged" },
        },
        { today: "2026-11-30", names: new Map() },
      ),
    ).rejects.toThrow(INJECTED_FAILURE);
    expect(await ctx.db.sentReminder.count({ where: { subjectKey: "test:rollback" } })).toBe(0);
    expect(await ctx.db.notice.count()).toBe(before);
  });
});
