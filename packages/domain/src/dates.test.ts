import { describe, expect, it } from "vitest";
import {
  addCalendarDays,
  athensDateOf,
  athensDayStart,
  athensToday,
  compareIsoDates,
  daysBetween,
  isIsoDate,
  parseIsoDate,
} from "./dates.ts";

describe("isIsoDate", () => {
  it.each(["2024-02-29", "2026-01-31", "2026-12-31", "2000-02-29", "0001-01-01"])(
    "accepts %s",
    (s) => expect(isIsoDate(s)).toBe(true),
  );
  it.each([
    "2026-02-29",
    "2026-04-31",
    "1900-02-29",
    "2026-13-01",
    "2026-00-10",
    "2026-01-00",
    "2026-1-5",
    "26-01-05",
    "2026-01-05T00:00:00Z",
    " 2026-01-05",
    "2026/01/05",
    "",
  ])("rejects %j", (s) => expect(isIsoDate(s)).toBe(false));
});

describe("parseIsoDate", () => {
  it("splits a date", () =>
    expect(parseIsoDate("2026-03-09")).toEqual({ year: 2026, month: 3, day: 9 }));
  it("throws on an invalid date", () =>
    expect(() => parseIsoDate("2026-02-30")).toThrow(RangeError));
});

describe("athensDateOf", () => {
  it.each([
    // summer time (UTC+3)
    ["2026-10-20T22:30:00Z", "2026-10-21"],
    ["2026-10-20T20:59:59Z", "2026-10-20"],
    ["2026-10-20T21:00:00Z", "2026-10-21"],
    // winter time (UTC+2)
    ["2026-12-31T22:30:00Z", "2027-01-01"],
    ["2026-12-31T21:59:59Z", "2026-12-31"],
    ["2026-01-15T22:00:00Z", "2026-01-16"],
    // around the change to summer time, 2026-03-29 03:00 local
    ["2026-03-28T21:59:59Z", "2026-03-28"],
    ["2026-03-28T22:00:00Z", "2026-03-29"],
    ["2026-03-29T20:59:59Z", "2026-03-29"],
    ["2026-03-29T21:00:00Z", "2026-03-30"],
    // around the change back to winter time, 2026-10-25 04:00 local
    ["2026-10-24T20:59:59Z", "2026-10-24"],
    ["2026-10-24T21:00:00Z", "2026-10-25"],
    ["2026-10-25T21:59:59Z", "2026-10-25"],
    ["2026-10-25T22:00:00Z", "2026-10-26"],
  ])("%s is %s in Athens", (instant, date) => expect(athensDateOf(new Date(instant))).toBe(date));

  it("rejects an invalid instant", () =>
    expect(() => athensDateOf(new Date("x"))).toThrow(RangeError));
  it("athensToday uses the given now", () =>
    expect(athensToday(new Date("2026-11-24T23:00:00Z"))).toBe("2026-11-25"));
  it("athensToday defaults to the current instant", () =>
    expect(isIsoDate(athensToday())).toBe(true));
  it("asked again in the same second, or across midnight a millisecond apart, answers right", () => {
    // the last answer is kept per whole second: midnight in Athens falls on a second boundary
    expect(athensDateOf(new Date("2026-12-31T21:59:59.998Z"))).toBe("2026-12-31");
    expect(athensDateOf(new Date("2026-12-31T21:59:59.999Z"))).toBe("2026-12-31");
    expect(athensDateOf(new Date("2026-12-31T22:00:00.000Z"))).toBe("2027-01-01");
    expect(athensDateOf(new Date("2026-12-31T21:59:59.999Z"))).toBe("2026-12-31");
    // and the day the clocks go forward (summer time from 2027-03-28 03:00 local)
    expect(athensDateOf(new Date("2027-03-27T21:59:59.999Z"))).toBe("2027-03-27");
    expect(athensDateOf(new Date("2027-03-27T22:00:00.000Z"))).toBe("2027-03-28");
  });
});

describe("addCalendarDays", () => {
  it.each([
    ["2026-01-31", 1, "2026-02-01"],
    ["2026-02-28", 1, "2026-03-01"],
    ["2028-02-28", 1, "2028-02-29"],
    ["2026-12-31", 1, "2027-01-01"],
    ["2026-03-20", 15, "2026-04-04"],
    ["2026-10-20", 15, "2026-11-04"],
    ["2026-03-01", -1, "2026-02-28"],
    ["2028-03-01", -1, "2028-02-29"],
    ["2027-01-01", -1, "2026-12-31"],
    ["2026-06-17", 0, "2026-06-17"],
    ["2024-06-17", 730, "2026-06-17"],
  ])("%s %+d days = %s", (date, days, expected) =>
    expect(addCalendarDays(date, days)).toBe(expected),
  );

  it("rejects fractional days and invalid dates", () => {
    expect(() => addCalendarDays("2026-01-01", 1.5)).toThrow(RangeError);
    expect(() => addCalendarDays("2026-02-30", 1)).toThrow(RangeError);
  });
});

describe("compareIsoDates and daysBetween", () => {
  it("compares", () => {
    expect(compareIsoDates("2026-01-02", "2026-01-10")).toBeLessThan(0);
    expect(compareIsoDates("2027-01-01", "2026-12-31")).toBeGreaterThan(0);
    expect(compareIsoDates("2026-01-02", "2026-01-02")).toBe(0);
    expect(["2026-03-01", "2025-12-31", "2026-02-28"].sort(compareIsoDates)).toEqual([
      "2025-12-31",
      "2026-02-28",
      "2026-03-01",
    ]);
  });
  it.each([
    ["2026-10-20", "2026-11-04", 15],
    ["2026-03-20", "2026-04-04", 15],
    ["2026-11-04", "2026-10-20", -15],
    ["2028-02-01", "2028-03-01", 29],
    ["2026-01-01", "2027-01-01", 365],
    ["2028-01-01", "2029-01-01", 366],
    ["2026-04-17", "2026-06-17", 61],
  ])("from %s to %s is %d days", (from, to, days) => expect(daysBetween(from, to)).toBe(days));
});

describe("athensDayStart", () => {
  it("is 21:00 UTC the day before in summer time and 22:00 UTC in winter", () => {
    expect(athensDayStart("2026-07-01").toISOString()).toBe("2026-06-30T21:00:00.000Z");
    expect(athensDayStart("2026-01-15").toISOString()).toBe("2026-01-14T22:00:00.000Z");
    // the days DST starts and ends (at 03:00/04:00 local, after midnight)
    expect(athensDayStart("2026-03-29").toISOString()).toBe("2026-03-28T22:00:00.000Z");
    expect(athensDayStart("2026-10-25").toISOString()).toBe("2026-10-24T21:00:00.000Z");
  });

  it("crosses month, year and leap-day ends", () => {
    expect(athensDayStart("2026-01-01").toISOString()).toBe("2025-12-31T22:00:00.000Z");
    expect(athensDayStart("2028-02-29").toISOString()).toBe("2028-02-28T22:00:00.000Z");
    expect(athensDayStart("2026-09-01").toISOString()).toBe("2026-08-31T21:00:00.000Z");
  });
});
