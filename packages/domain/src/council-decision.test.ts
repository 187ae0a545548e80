import { describe, expect, it } from "vitest";
import {
  type CouncilDecisionInput,
  quorumNeeded,
  validateCouncilDecision,
} from "./council-decision.ts";

// Serres, decision 210/2024: 26th session, 26 June 2024, 35 members, 25 present, unanimous.
const serres: CouncilDecisionInput = {
  number: "210/2024",
  session: "26η",
  date: "2024-06-26",
  membersTotal: 35,
  membersPresent: 25,
  vote: "unanimous",
  diavgeiaAda: null,
};
const today = "2026-11-25";
const codes = (d: CouncilDecisionInput, on = today) =>
  validateCouncilDecision(d, on).map((i) => i.code);

describe("quorumNeeded: more than half", () => {
  it.each([
    [35, 18],
    [34, 18],
    [33, 17],
    [1, 1],
  ])("%d members → %d", (total, needed) => expect(quorumNeeded(total)).toBe(needed));
});

describe("validateCouncilDecision", () => {
  it("accepts the Serres decision", () =>
    expect(validateCouncilDecision(serres, today)).toEqual([]));

  it('catches the source swapping the figures ("35 present out of 25")', () => {
    const issues = validateCouncilDecision(
      { ...serres, membersTotal: 25, membersPresent: 35 },
      today,
    );
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ code: "PRESENT_EXCEEDS_TOTAL", field: "membersPresent" });
    expect(issues[0]?.message).toMatch(/35.*25/);
  });

  it("needs more than half present", () => {
    const issues = validateCouncilDecision({ ...serres, membersPresent: 17 }, today);
    expect(issues).toEqual([
      expect.objectContaining({ code: "QUORUM_NOT_MET", field: "membersPresent" }),
    ]);
    expect(issues[0]?.message).toContain("18");
    expect(codes({ ...serres, membersPresent: 18 })).toEqual([]);
    expect(codes({ ...serres, membersTotal: 34, membersPresent: 17 })).toEqual(["QUORUM_NOT_MET"]);
    expect(codes({ ...serres, membersPresent: 35 })).toEqual([]);
  });

  describe("majority vote", () => {
    const majority = { ...serres, vote: "majority" as const };
    it("needs the votes in favour", () => {
      expect(validateCouncilDecision(majority, today)).toEqual([
        expect.objectContaining({ code: "VOTES_INVALID", field: "votesFor" }),
      ]);
      expect(codes({ ...majority, votesFor: null })).toEqual(["VOTES_INVALID"]);
    });
    it("needs more than half of those present, and no more than present", () => {
      expect(codes({ ...majority, votesFor: 12 })).toEqual(["VOTES_INVALID"]);
      expect(codes({ ...majority, votesFor: 13 })).toEqual([]);
      expect(codes({ ...majority, votesFor: 25 })).toEqual([]);
      expect(codes({ ...majority, votesFor: 26 })).toEqual(["VOTES_INVALID"]);
      expect(codes({ ...majority, membersPresent: 24, votesFor: 12 })).toEqual(["VOTES_INVALID"]);
    });
  });

  it("a unanimous decision with a vote count must count everyone present", () => {
    expect(codes({ ...serres, votesFor: 25 })).toEqual([]);
    expect(codes({ ...serres, votesFor: 20 })).toEqual(["VOTES_INVALID"]);
  });

  it("rejects a decision dated in the future, accepts today", () => {
    expect(codes(serres, "2024-06-25")).toEqual(["DECISION_IN_FUTURE"]);
    expect(codes(serres, "2024-06-26")).toEqual([]);
    expect(validateCouncilDecision(serres, "2024-06-25")[0]?.field).toBe("date");
  });

  it.each(["210", "210/24", "210-2024", "αρ. 210/2024", "/2024", "210/2024 ", ""])(
    "rejects the decision number %j",
    (number) => {
      const issues = validateCouncilDecision({ ...serres, number }, today);
      expect(issues).toEqual([
        expect.objectContaining({ code: "DECISION_NUMBER_INVALID", field: "number" }),
      ]);
    },
  );
  it("needs the number's year to be the decision date's year", () => {
    expect(codes({ ...serres, number: "210/2023" })).toEqual(["DECISION_NUMBER_INVALID"]);
    expect(codes({ ...serres, number: "1/2024" })).toEqual([]);
  });

  it("reports every problem at once", () => {
    expect(
      codes(
        {
          ...serres,
          membersPresent: 10,
          vote: "majority",
          votesFor: 2,
          number: "5/2025",
          date: "2027-01-01",
        },
        today,
      ),
    ).toEqual(["QUORUM_NOT_MET", "VOTES_INVALID", "DECISION_IN_FUTURE", "DECISION_NUMBER_INVALID"]);
  });

  it("writes messages in English", () => {
    const [issue] = validateCouncilDecision({ ...serres, membersPresent: 17 }, today);
    expect(issue?.message).toMatch(/^No quorum/);
  });
});
