// Each notice links to where its reader acts next (issue 15, item 10).
import type { Notice } from "@cni/contracts/notices";
import { describe, expect, it } from "vitest";
import { noticeAction } from "./notice-body";

const base: Notice = {
  id: "n1",
  kind: "accession",
  event: "notified",
  subjectMunicipalityId: "serres",
  subjectNameEl: "Σερρών",
  subjectNameEn: "Serres",
  recipientMunicipalityId: "larissa",
  recipientNameEl: "Λαρισαίων",
  recipientNameEn: "Larissa",
  subjectUserId: null,
  subjectUserName: null,
  accessionId: "a1",
  withdrawalId: null,
  withdrawalDates: null,
  memberFrom: "2026-01-15",
  amendmentId: null,
  reviewDueOn: null,
  sentAt: "2026-01-15T10:00:00.000Z",
  acknowledgedAt: null,
  acknowledgedBy: null,
};

describe("noticeAction", () => {
  it("sends a returned declaration's officer to the declaration", () => {
    expect(noticeAction({ ...base, event: "returned", subjectMunicipalityId: null })).toEqual({
      to: "/accession",
      key: "action.fix",
    });
  });

  it("sends the coordinators to the declaration waiting for its check", () => {
    expect(
      noticeAction({
        ...base,
        event: "submitted",
        recipientMunicipalityId: null,
        accessionId: "a/1",
      }),
    ).toEqual({ to: "/admin/accessions/a%2F1", key: "action.check" });
  });

  it("sends the new member, the verified officer and the designating party to «my municipality»", () => {
    for (const [kind, event] of [
      ["accession", "joined"],
      ["registration", "verified"],
      ["designation", "designated"],
    ] as const) {
      expect(noticeAction({ ...base, kind, event })?.to).toBe("/my");
    }
  });

  it("sends a party to the proposal it must answer and to the review", () => {
    expect(
      noticeAction({ ...base, kind: "amendment", event: "circulated", amendmentId: "am1" }),
    ).toEqual({ to: "/amendments/am1", key: "action.amendment" });
    expect(
      noticeAction({ ...base, kind: "review", event: "opened", reviewDueOn: "2026-06-17" })?.to,
    ).toBe("/reviews/2026-06-17");
  });

  it("links a party's accession or withdrawal notice to the municipality it is about", () => {
    expect(noticeAction(base)).toEqual({ to: "/municipalities/serres", key: "" });
    expect(
      noticeAction({ ...base, kind: "withdrawal", event: "filed", subjectMunicipalityId: "tilos" })
        ?.to,
    ).toBe("/municipalities/tilos");
  });
});
