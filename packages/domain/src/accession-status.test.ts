import { describe, expect, it } from "vitest";
import {
  ACCESSION_ACTIONS,
  allowedAccessionActions,
  isAccessionEditable,
  nextAccessionStatus,
} from "./accession-status.ts";
import { ACCESSION_STATUSES, type AccessionStatus } from "./enums.ts";

describe("accession status machine", () => {
  it.each([
    ["draft", "submit", "submitted"],
    ["returned", "submit", "submitted"],
    ["submitted", "return", "returned"],
    ["submitted", "notify", "notified"],
    ["draft", "withdraw", "withdrawn"],
    ["submitted", "withdraw", "withdrawn"],
    ["returned", "withdraw", "withdrawn"],
  ] as const)("%s --%s--> %s", (from, action, to) => {
    expect(nextAccessionStatus(from, action)).toBe(to);
  });

  it("allows nothing else", () => {
    const allowed = new Set([
      "draft:submit",
      "returned:submit",
      "submitted:return",
      "submitted:notify",
      "draft:withdraw",
      "submitted:withdraw",
      "returned:withdraw",
    ]);
    for (const status of ACCESSION_STATUSES) {
      for (const action of ACCESSION_ACTIONS) {
        const next = nextAccessionStatus(status, action);
        expect(next !== null, `${status}:${action}`).toBe(allowed.has(`${status}:${action}`));
      }
    }
  });

  it("ends at notified and withdrawn: no way back, no acceptance", () => {
    expect(allowedAccessionActions("notified")).toEqual([]);
    expect(allowedAccessionActions("withdrawn")).toEqual([]);
    expect(ACCESSION_STATUSES).not.toContain("accepted" as AccessionStatus);
  });

  it("a draft cannot be circulated without being submitted first", () => {
    expect(nextAccessionStatus("draft", "notify")).toBeNull();
    expect(nextAccessionStatus("returned", "notify")).toBeNull();
  });

  it("lets the municipality edit only a draft or a returned declaration", () => {
    expect(ACCESSION_STATUSES.filter(isAccessionEditable)).toEqual(["draft", "returned"]);
  });
});
