import { afterAll, describe, expect, it } from "vitest";
import { createTestApp, type TestContext, useTestApp } from "../../../test/helpers.ts";
import { loadConfig } from "../../config.ts";
import { ReminderScheduler } from "./scheduler.ts";
import { sendDueReminders } from "./send-due-reminders.ts";

const ctx = useTestApp();
let off: TestContext | undefined;
afterAll(async () => {
  await off?.app.close();
});

describe("the reminder job's clock", () => {
  it("runs at start, sending what is due today, and stops cleanly", async () => {
    await ctx.db.notice.create({
      data: {
        kind: "withdrawal",
        event: "filed",
        subjectMunicipalityId: "trikala",
        recipientMunicipalityId: "larissa",
        sentAt: new Date(Date.now() - 10 * 86_400_000),
      },
    });
    // not started by buildApp: nothing runs until server.ts starts it
    expect(ctx.app.reminderScheduler).toBeInstanceOf(ReminderScheduler);
    expect(await ctx.db.sentReminder.count()).toBe(0);

    const scheduler = new ReminderScheduler(ctx.db, { intervalMs: 3_600_000, openDaysBefore: 60 });
    scheduler.start();
    await expect
      .poll(() => ctx.db.sentReminder.count(), { timeout: 10_000, interval: 100 })
      .toBe(1);
    await scheduler.stop();
    expect(await ctx.db.notice.count({ where: { event: "unacknowledged" } })).toBe(1);
  });

  it("sends at most a batch per run and leaves the rest for the next run", async () => {
    await ctx.db.notice.createMany({
      data: ["trikala", "larissa", "tilos"].map((subject) => ({
        kind: "withdrawal",
        event: "filed",
        subjectMunicipalityId: subject,
        recipientMunicipalityId: "athens",
        sentAt: new Date(Date.now() - 9 * 86_400_000),
      })),
    });
    const before = await ctx.db.sentReminder.count();
    const first = await sendDueReminders(ctx.db, { openDaysBefore: 60, limit: 2 });
    expect(first.sent).toBe(2);
    expect(first.remaining).toBeGreaterThanOrEqual(1);
    expect(await ctx.db.sentReminder.count()).toBe(before + 2);
    const second = await sendDueReminders(ctx.db, { openDaysBefore: 60 });
    expect(second.sent).toBe(first.remaining);
    expect(second.remaining).toBe(0);
  });

  it("is off with CNI_REMINDER_INTERVAL_MINUTES=0 (default 60)", async () => {
    expect(loadConfig({}).reminderIntervalMinutes).toBe(60);
    expect(() => loadConfig({ CNI_REMINDER_INTERVAL_MINUTES: "-1" })).toThrow(
      /CNI_REMINDER_INTERVAL_MINUTES/,
    );
    off = await createTestApp({ CNI_REMINDER_INTERVAL_MINUTES: "0" });
    expect(off.app.reminderScheduler).toBeNull();
  });
});
