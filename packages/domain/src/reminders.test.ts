import { describe, expect, it } from "vitest";
import {
  isDeclarationWaitingDue,
  isUnacknowledgedNoticeDue,
  reminderSubjectKey,
  reviewCyclesNotYetDue,
  reviewLastWeeksFrom,
  reviewReminderDue,
  unacknowledgedNoticeReminderFrom,
} from "./reminders.ts";
import type { ReviewCycle } from "./review-cycles.ts";

const c2028: ReviewCycle = {
  dueOn: "2028-06-17",
  periodStart: "2026-06-17",
  periodEnd: "2028-06-16",
};

describe("unacknowledged notices: a reminder from the 7th Athens day after sending", () => {
  it.each([
    // [sent on, first reminder day]
    ["2026-03-22", "2026-03-29"], // spring DST change (29 March 2026, 03:00 → 04:00)
    ["2026-10-21", "2026-10-28"], // autumn change on 25 October 2026 is inside the week
    ["2026-10-25", "2026-11-01"], // sent on the day the clocks go back
    ["2026-01-28", "2026-02-04"], // month end
    ["2026-12-28", "2027-01-04"], // year end
    ["2028-02-24", "2028-03-02"], // across 29 February 2028
    ["2028-02-29", "2028-03-07"], // sent on the leap day
  ])("sent %s → first due %s", (sentOn, from) => {
    expect(unacknowledgedNoticeReminderFrom(sentOn)).toBe(from);
    const dayBefore = new Date(`${from}T12:00:00Z`);
    dayBefore.setUTCDate(dayBefore.getUTCDate() - 1);
    expect(isUnacknowledgedNoticeDue(sentOn, dayBefore.toISOString().slice(0, 10))).toBe(false);
    expect(isUnacknowledgedNoticeDue(sentOn, from)).toBe(true);
  });

  it("stays due on later days (a missed run catches up)", () => {
    expect(isUnacknowledgedNoticeDue("2026-11-01", "2027-05-01")).toBe(true);
  });

  it("is not due on the day of sending", () => {
    expect(isUnacknowledgedNoticeDue("2026-11-30", "2026-11-30")).toBe(false);
  });
});

describe("declarations waiting on a coordinator more than 7 days", () => {
  it("is due on the 8th day, not the 7th", () => {
    expect(isDeclarationWaitingDue("2026-11-20", "2026-11-27")).toBe(false);
    expect(isDeclarationWaitingDue("2026-11-20", "2026-11-28")).toBe(true);
  });
  it.each([
    ["2026-12-25", "2027-01-02"], // year end
    ["2026-03-25", "2026-04-02"], // DST change and month end
    ["2024-02-22", "2024-03-01"], // leap February: 29 days
    ["2026-02-22", "2026-03-03"], // common February: 28 days (2026-03-02 is the 8th day)
  ])("waiting since %s → due on %s", (since, due) => {
    expect(isDeclarationWaitingDue(since, due)).toBe(true);
  });
  it("counts days, so 2026-02-22 → 2026-03-01 is 7 days: not yet", () => {
    expect(isDeclarationWaitingDue("2026-02-22", "2026-03-01")).toBe(false);
    expect(isDeclarationWaitingDue("2024-02-22", "2024-02-29")).toBe(false);
  });
});

describe("review reminders", () => {
  const auto = { openDaysBefore: 60, closedOn: null, openedOn: null };

  it("last two weeks: the due date and the 13 days before", () => {
    expect(reviewLastWeeksFrom(c2028)).toBe("2028-06-04");
  });

  it("none before the window opens (2028-04-18 is 60 days before 2028-06-17)", () => {
    expect(reviewReminderDue(c2028, "2028-04-17", auto)).toBeNull();
  });
  it("the opening reminder from the day the window opens", () => {
    expect(reviewReminderDue(c2028, "2028-04-18", auto)).toBe("review_opening");
    expect(reviewReminderDue(c2028, "2028-06-03", auto)).toBe("review_opening");
  });
  it("the last-weeks reminder from 13 days before the due date through the due date", () => {
    expect(reviewReminderDue(c2028, "2028-06-04", auto)).toBe("review_last_weeks");
    expect(reviewReminderDue(c2028, "2028-06-17", auto)).toBe("review_last_weeks");
  });
  it("none once overdue or closed", () => {
    expect(reviewReminderDue(c2028, "2028-06-18", auto)).toBeNull();
    expect(reviewReminderDue(c2028, "2028-06-10", { ...auto, closedOn: "2028-06-09" })).toBeNull();
  });
  it("no opening reminder when the coordinators opened the cycle (the parties had its notice)", () => {
    const opened = { ...auto, openedOn: "2028-03-01" };
    expect(reviewReminderDue(c2028, "2028-03-02", opened)).toBeNull();
    expect(reviewReminderDue(c2028, "2028-06-05", opened)).toBe("review_last_weeks");
  });
  it("a window opening across the leap day (29 February 2028)", () => {
    const long = { ...auto, openDaysBefore: 110 }; // 2028-06-17 − 110 days = 2028-02-28
    expect(reviewReminderDue(c2028, "2028-02-27", long)).toBeNull();
    expect(reviewReminderDue(c2028, "2028-02-28", long)).toBe("review_opening");
    expect(reviewReminderDue(c2028, "2028-02-29", long)).toBe("review_opening");
  });

  it("the cycles not yet due: one, or two on a due date", () => {
    expect(reviewCyclesNotYetDue("2027-01-01").map((c) => c.dueOn)).toEqual(["2028-06-17"]);
    expect(reviewCyclesNotYetDue("2028-06-17").map((c) => c.dueOn)).toEqual([
      "2028-06-17",
      "2030-06-17",
    ]);
    expect(reviewCyclesNotYetDue("2024-01-01")).toEqual([]);
  });
});

describe("subject keys (one reminder per key)", () => {
  it("differ per notice, per cycle and participant, per submission", () => {
    expect(reminderSubjectKey("unacknowledged_notice", { noticeId: "n1" })).toBe(
      "unacknowledged_notice:n1",
    );
    expect(
      reminderSubjectKey("review_opening", { dueOn: "2028-06-17", municipalityId: "larissa" }),
    ).toBe("review_opening:2028-06-17:larissa");
    const a = reminderSubjectKey("declaration_waiting", {
      accessionId: "a1",
      submittedAt: new Date("2026-11-01T10:00:00Z"),
    });
    const b = reminderSubjectKey("declaration_waiting", {
      accessionId: "a1",
      submittedAt: new Date("2026-11-20T10:00:00Z"),
    });
    expect(a).not.toBe(b);
  });
});
