import { activityListQuery } from "@cni/contracts/activities";
import { auditQuery } from "@cni/contracts/audit";
import { describe, expect, it } from "vitest";
import { parseSearch, searchString } from "./search-state";

describe("parseSearch", () => {
  it("reads the contracts' query schema, with its defaults", () => {
    const state = parseSearch(
      activityListQuery,
      new URLSearchParams("pillar=inclusion,employability&q=εργαστήριο&page=3"),
    );
    expect(state.pillar).toEqual(["inclusion", "employability"]);
    expect(state.q).toBe("εργαστήριο");
    expect(state.page).toBe(3);
    expect(state.sort).toBe("-startsOn");
    expect(state.type).toBeUndefined();
  });

  it("drops a parameter that does not parse instead of failing the page", () => {
    const state = parseSearch(
      auditQuery,
      new URLSearchParams("from=2026-02-30&to=2026-03-01&page=-4&entityType=accession"),
    );
    expect(state.from).toBeUndefined();
    expect(state.to).toBe("2026-03-01");
    expect(state.page).toBe(1);
    expect(state.entityType).toBe("accession");
  });
});

describe("searchString", () => {
  it("leaves out empty values and defaults, joins lists with commas", () => {
    expect(
      searchString(activityListQuery, {
        pillar: ["inclusion"],
        type: [],
        q: "  ",
        page: 1,
        sort: "-startsOn",
        from: "2026-01-01",
      }),
    ).toBe("pillar=inclusion&from=2026-01-01");
  });

  it("round-trips through parseSearch", () => {
    const text = searchString(auditQuery, { entityType: "withdrawal", page: 2, to: "2026-11-30" });
    expect(searchString(auditQuery, parseSearch(auditQuery, new URLSearchParams(text)))).toBe(text);
  });
});
