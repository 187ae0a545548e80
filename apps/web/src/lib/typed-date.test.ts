import { describe, expect, it } from "vitest";
import { parseTypedDate, toTypedDate } from "./typed-date";

describe("typed dates (day/month/year in both languages)", () => {
  it.each([
    ["30/11/2026", "2026-11-30"],
    ["3/11/2026", "2026-11-03"], // 3 November, never March 11
    ["11/3/2026", "2026-03-11"],
    [" 30 / 11 / 2026 ", "2026-11-30"],
    ["30.11.2026", "2026-11-30"],
    ["30-11-2026", "2026-11-30"],
    ["2026-11-30", "2026-11-30"],
    ["29/02/2024", "2024-02-29"], // leap year
    ["31/12/2026", "2026-12-31"], // year end
  ])("%s → %s", (typed, iso) => {
    expect(parseTypedDate(typed)).toBe(iso);
  });

  it.each([
    "31/02/2026",
    "29/02/2026", // not a leap year
    "31/04/2026", // April has 30 days
    "00/01/2026",
    "13/13/2026",
    "30/11/26", // a two-digit year is a guess
    "11/30/2026", // month/day (US) is not read as a date
    "2026-02-30",
    "",
    "αύριο",
  ])("%s is not a date", (typed) => {
    expect(parseTypedDate(typed)).toBeNull();
  });

  it("shows an ISO date as DD/MM/YYYY and reads it back", () => {
    expect(toTypedDate("2026-11-30")).toBe("30/11/2026");
    expect(toTypedDate("2018-01-04")).toBe("04/01/2018");
    expect(parseTypedDate(toTypedDate("2024-02-29"))).toBe("2024-02-29");
  });
});
