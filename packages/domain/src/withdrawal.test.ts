import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addCalendarDays, athensDateOf, daysBetween } from "./dates.ts";
import {
  canRescindWithdrawalOn,
  dayMonthYear,
  daysUntilEffective,
  WITHDRAWAL_NOTICE_DAYS,
  withdrawalDatesText,
  withdrawalDeadline,
  withdrawalDeadlineFromInstant,
  withdrawalEffectiveOn,
  withdrawalStatusOn,
} from "./withdrawal.ts";

describe("withdrawalDeadline: Civil Code arts 240–241", () => {
  it("counts 15 days", () => expect(WITHDRAWAL_NOTICE_DAYS).toBe(15));

  it("the MoU example: notified 2026-10-20 → party through 2026-11-04, former from 2026-11-05", () => {
    expect(withdrawalDeadline("2026-10-20")).toEqual({
      lastDayAsParty: "2026-11-04",
      effectiveOn: "2026-11-05",
    });
    expect(withdrawalEffectiveOn("2026-10-20")).toBe("2026-11-05");
  });

  it.each([
    // across the change to summer time (last Sunday of March: 2026-03-29, 2024-03-31)
    ["2026-03-20", "2026-04-04", "2026-04-05"],
    ["2026-03-29", "2026-04-13", "2026-04-14"],
    ["2024-03-31", "2024-04-15", "2024-04-16"],
    // across the change back to winter time (2026-10-25, 2025-10-26)
    ["2026-10-25", "2026-11-09", "2026-11-10"],
    ["2025-10-26", "2025-11-10", "2025-11-11"],
    // month and year ends
    ["2026-01-31", "2026-02-15", "2026-02-16"],
    ["2026-12-17", "2027-01-01", "2027-01-02"],
    ["2026-12-16", "2026-12-31", "2027-01-01"],
    ["2026-12-31", "2027-01-15", "2027-01-16"],
    // leap days (2028 and 2000-style century rule: 2096 leap, 2100 not in range)
    ["2028-02-14", "2028-02-29", "2028-03-01"],
    ["2028-02-13", "2028-02-28", "2028-02-29"],
    ["2028-02-29", "2028-03-15", "2028-03-16"],
    ["2027-02-14", "2027-03-01", "2027-03-02"],
    ["2096-02-20", "2096-03-06", "2096-03-07"],
    // the range's ends
    ["2018-01-04", "2018-01-19", "2018-01-20"],
    ["2099-12-31", "2100-01-15", "2100-01-16"],
  ])("notified %s → party through %s, former from %s", (n, last, effective) =>
    expect(withdrawalDeadline(n)).toEqual({ lastDayAsParty: last, effectiveOn: effective }),
  );

  it("property: for every day 2018–2099, last day = N + 15 and effect = the next day", () => {
    const first = "2018-01-01";
    const span = daysBetween(first, "2099-12-31");
    fc.assert(
      fc.property(fc.integer({ min: 0, max: span }), (offset) => {
        const n = addCalendarDays(first, offset);
        const { lastDayAsParty, effectiveOn } = withdrawalDeadline(n);
        return (
          daysBetween(n, lastDayAsParty) === 15 &&
          daysBetween(lastDayAsParty, effectiveOn) === 1 &&
          lastDayAsParty > n &&
          effectiveOn > lastDayAsParty
        );
      }),
      { numRuns: 5000 },
    );
  });

  it("exhaustively: every notification day 2018–2099 gives a valid, ordered pair", () => {
    let n = "2018-01-01";
    let count = 0;
    while (n <= "2099-12-31") {
      const { lastDayAsParty, effectiveOn } = withdrawalDeadline(n);
      if (addCalendarDays(lastDayAsParty, 1) !== effectiveOn) throw new Error(n);
      if (addCalendarDays(n, 15) !== lastDayAsParty) throw new Error(n);
      n = addCalendarDays(n, 1);
      count++;
    }
    expect(count).toBe(daysBetween("2018-01-01", "2099-12-31") + 1);
  });
});

describe("withdrawalDeadlineFromInstant: counted from the Athens date", () => {
  it.each([
    // 2026-03-29 (to summer time): Athens midnight is 22:00Z before, 21:00Z after
    ["2026-03-28T21:59:00Z", "2026-03-28"],
    ["2026-03-28T22:01:00Z", "2026-03-29"],
    ["2026-03-29T20:59:00Z", "2026-03-29"],
    ["2026-03-29T21:01:00Z", "2026-03-30"],
    // 2026-10-25 (to winter time)
    ["2026-10-24T20:59:00Z", "2026-10-24"],
    ["2026-10-24T21:01:00Z", "2026-10-25"],
    ["2026-10-25T21:59:00Z", "2026-10-25"],
    ["2026-10-25T22:01:00Z", "2026-10-26"],
    // evening of 2026-10-20 in UTC is already 2026-10-21 in Athens; New Year's Eve too
    ["2026-10-20T22:30:00Z", "2026-10-21"],
    ["2026-12-31T22:30:00Z", "2027-01-01"],
  ])("at %s the notification day is %s", (instant, day) => {
    expect(athensDateOf(new Date(instant))).toBe(day);
    expect(withdrawalDeadlineFromInstant(new Date(instant))).toEqual(withdrawalDeadline(day));
  });

  it("property: any instant 2018–2099 counts from its Athens calendar day", () => {
    const from = Date.parse("2018-01-01T00:00:00Z");
    const to = Date.parse("2099-12-31T12:00:00Z");
    fc.assert(
      fc.property(fc.integer({ min: from, max: to }), (ms) => {
        const at = new Date(ms);
        const day = athensDateOf(at);
        // Athens is UTC+2 or UTC+3: its date is the UTC date or the next one.
        const utcDay = at.toISOString().slice(0, 10);
        return (
          (day === utcDay || day === addCalendarDays(utcDay, 1)) &&
          withdrawalDeadlineFromInstant(at).lastDayAsParty === addCalendarDays(day, 15)
        );
      }),
      { numRuns: 3000 },
    );
  });
});

describe("withdrawalStatusOn", () => {
  const w = { notifiedOn: "2026-10-20", rescindedOn: null };
  it("is draft until notified", () => {
    expect(withdrawalStatusOn({ notifiedOn: null, rescindedOn: null }, "2026-10-20")).toBe("draft");
  });
  it("is pending from notification through the last day as a party", () => {
    expect(withdrawalStatusOn(w, "2026-10-20")).toBe("pending");
    expect(withdrawalStatusOn(w, "2026-11-04")).toBe("pending");
  });
  it("is effective from N + 16", () => {
    expect(withdrawalStatusOn(w, "2026-11-05")).toBe("effective");
    expect(withdrawalStatusOn(w, "2027-01-01")).toBe("effective");
  });
  it("is rescinded from the revocation on, pending before", () => {
    const r = { notifiedOn: "2026-10-20", rescindedOn: "2026-10-28" };
    expect(withdrawalStatusOn(r, "2026-10-27")).toBe("pending");
    expect(withdrawalStatusOn(r, "2026-10-28")).toBe("rescinded");
    expect(withdrawalStatusOn(r, "2026-11-05")).toBe("rescinded");
  });
});

describe("canRescindWithdrawalOn: through lastDayAsParty", () => {
  const w = { notifiedOn: "2026-10-20", rescindedOn: null };
  it.each([
    ["2026-10-20", true],
    ["2026-11-04", true],
    ["2026-11-05", false],
    ["2026-10-19", false],
  ])("on %s: %s", (on, ok) => expect(canRescindWithdrawalOn(w, on)).toBe(ok));
  it("not a draft, not twice", () => {
    expect(canRescindWithdrawalOn({ notifiedOn: null, rescindedOn: null }, "2026-10-20")).toBe(
      false,
    );
    expect(canRescindWithdrawalOn({ ...w, rescindedOn: "2026-10-28" }, "2026-10-30")).toBe(false);
  });
});

describe("daysUntilEffective", () => {
  it.each([
    ["2026-10-20", 16],
    ["2026-11-04", 1],
    ["2026-11-05", 0],
    ["2026-11-10", 0],
  ])("on %s: %d days", (on, days) => expect(daysUntilEffective("2026-10-20", on)).toBe(days));
});

describe("the wording, in both languages", () => {
  it("says the last day as a party and the first day of effect", () => {
    const d = withdrawalDeadline("2026-10-20");
    expect(withdrawalDatesText("el", d)).toBe(
      "μέλος έως και τις 04/11/2026 · η αποχώρηση ισχύει από 05/11/2026",
    );
    expect(withdrawalDatesText("en", d)).toBe("member through 04/11/2026, former from 05/11/2026");
  });
  it("formats DD/MM/YYYY", () => {
    expect(dayMonthYear("2028-02-29")).toBe("29/02/2028");
    expect(() => dayMonthYear("2027-02-29")).toThrow(RangeError);
  });
});
