import { describe, expect, it } from "vitest";
import { parseTypedDate } from "@/lib/typed-date";
import { hasFilters, listHref } from "./filters";
import { parseListParams } from "./list-state";
import { addMonths, daysCovered, lastDayOf } from "./month";

describe("list filters in the URL", () => {
  it("reads the API's query schema (a list with an unknown value is dropped whole) and round-trips through listHref", () => {
    const state = parseListParams(
      new URLSearchParams(
        "pillar=inclusion,sports&type=event&status=planned&from=2026-02-30&to=2026-03-31&q=σερρες&page=3&sort=startsOn",
      ),
    );
    expect(state).toMatchObject({
      pillar: [],
      type: ["event"],
      status: ["planned"],
      from: undefined,
      to: "2026-03-31",
      q: "σερρες",
      page: 3,
      sort: "startsOn",
    });
    const href = listHref(state);
    expect(href.startsWith("/activities?")).toBe(true);
    const again = parseListParams(new URLSearchParams(href.split("?")[1]?.split("#")[0]));
    expect(again).toEqual(state);
    expect(hasFilters(parseListParams(new URLSearchParams("page=2")))).toBe(false);
  });
});

describe("month helpers", () => {
  it("knows month lengths, leap years and year ends", () => {
    expect(lastDayOf("2028-02")).toBe("2028-02-29");
    expect(lastDayOf("2026-02")).toBe("2026-02-28");
    expect(lastDayOf("2026-12")).toBe("2026-12-31");
    expect(addMonths("2026-12", 1)).toBe("2027-01");
    expect(addMonths("2026-01", -1)).toBe("2025-12");
  });

  it("lists the days an activity covers inside the month", () => {
    expect(
      daysCovered({ startsOn: "2026-02-27", endsOn: "2026-03-02" }, "2026-03-01", "2026-03-31"),
    ).toEqual(["2026-03-01", "2026-03-02"]);
    expect(
      daysCovered({ startsOn: "2026-03-10", endsOn: null }, "2026-03-01", "2026-03-31"),
    ).toEqual(["2026-03-10"]);
  });
});

describe("typed dates", () => {
  it.each([
    ["15/03/2026", "2026-03-15"],
    ["5/3/2026", "2026-03-05"],
    ["15.03.2026", "2026-03-15"],
    ["2026-03-15", "2026-03-15"],
    ["31/02/2026", null],
    ["tomorrow", null],
  ])("%s → %s", (typed, expected) => {
    expect(parseTypedDate(typed)).toBe(expected);
  });
});
