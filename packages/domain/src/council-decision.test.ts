import { describe, expect, it } from "vitest";
import {
  type CouncilDecisionInput,
  diavgeiaUrl,
  isValidAda,
  normalizeAda,
  quorumNeeded,
  validateCouncilDecision,
} from "./council-decision.ts";

// Serres, decision 210/2024: 26th session, 26 June 2024, 35 members, 25 present at the
// opening, 22 at the vote of item 5 (two arrived and one left during item 1, four left
// after it), unanimous.
const serres: CouncilDecisionInput = {
  number: "210/2024",
  session: "26",
  date: "2024-06-26",
  membersTotal: 35,
  membersPresentAtOpening: 25,
  membersPresent: 22,
  agendaItem: "5",
  vote: "unanimous",
  votesFor: 22,
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
    [2, 2],
    [1, 1],
  ])("%d members → %d", (total, needed) => expect(quorumNeeded(total)).toBe(needed));
});

describe("validateCouncilDecision", () => {
  it("accepts the Serres decision: 22 for, 22 present at the vote of item 5", () =>
    expect(validateCouncilDecision(serres, today)).toEqual([]));

  it("accepts it without the optional figures (opening, vote count)", () => {
    expect(
      codes({ ...serres, membersPresentAtOpening: null, votesFor: null, agendaItem: null }),
    ).toEqual([]);
  });

  it('catches the source swapping the figures ("35 present out of 25")', () => {
    const issues = validateCouncilDecision(
      { ...serres, membersTotal: 25, membersPresentAtOpening: 35, membersPresent: 22 },
      today,
    );
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({
      code: "PRESENT_EXCEEDS_TOTAL",
      field: "membersPresentAtOpening",
    });
    expect(issues[0]?.message).toMatch(/35.*opening.*25/);
  });

  it("catches more present at the vote than members, without a second vote complaint", () => {
    const issues = validateCouncilDecision(
      { ...serres, membersTotal: 25, membersPresentAtOpening: null, membersPresent: 35 },
      today,
    );
    expect(issues.map((i) => [i.code, i.field])).toEqual([
      ["PRESENT_EXCEEDS_TOTAL", "membersPresent"],
    ]);
  });

  it("judges quorum at the item's vote: more than half present", () => {
    const issues = validateCouncilDecision(
      { ...serres, membersPresent: 17, votesFor: null },
      today,
    );
    expect(issues).toEqual([
      expect.objectContaining({ code: "QUORUM_NOT_MET", field: "membersPresent" }),
    ]);
    expect(issues[0]?.message).toContain("18");
    expect(codes({ ...serres, membersPresent: 18, votesFor: 18 })).toEqual([]);
    expect(codes({ ...serres, membersTotal: 34, membersPresent: 17, votesFor: null })).toEqual([
      "QUORUM_NOT_MET",
    ]);
    expect(codes({ ...serres, membersPresent: 35, votesFor: 35 })).toEqual([]);
  });

  it("also needs a quorum at the opening when that figure is given", () => {
    expect(codes({ ...serres, membersPresentAtOpening: 17 })).toEqual(["QUORUM_NOT_MET"]);
    expect(
      validateCouncilDecision({ ...serres, membersPresentAtOpening: 17 }, today)[0],
    ).toMatchObject({ field: "membersPresentAtOpening" });
    // fewer at the opening than at the vote is fine: members arrive during the session
    expect(codes({ ...serres, membersPresentAtOpening: 18, membersPresent: 22 })).toEqual([]);
  });

  it("a council of one or two", () => {
    expect(
      codes({
        ...serres,
        membersTotal: 1,
        membersPresentAtOpening: 1,
        membersPresent: 1,
        votesFor: 1,
      }),
    ).toEqual([]);
    expect(
      codes({
        ...serres,
        membersTotal: 2,
        membersPresentAtOpening: 2,
        membersPresent: 1,
        votesFor: 1,
      }),
    ).toEqual(["QUORUM_NOT_MET"]);
  });

  describe("majority vote", () => {
    const majority = { ...serres, vote: "majority" as const, votesFor: null };
    it("needs the votes in favour", () => {
      expect(validateCouncilDecision(majority, today)).toEqual([
        expect.objectContaining({ code: "VOTES_INVALID", field: "votesFor" }),
      ]);
    });
    it("needs more than half of those present at the vote, and no more than present", () => {
      expect(codes({ ...majority, votesFor: 11 })).toEqual(["VOTES_INVALID"]);
      expect(codes({ ...majority, votesFor: 12 })).toEqual([]);
      expect(codes({ ...majority, votesFor: 22 })).toEqual([]);
      expect(codes({ ...majority, votesFor: 23 })).toEqual(["VOTES_INVALID"]);
      expect(codes({ ...majority, membersPresent: 24, votesFor: 12 })).toEqual(["VOTES_INVALID"]);
    });
    it("counts for + against + blank within those present", () => {
      expect(codes({ ...majority, votesFor: 15, votesAgainst: 5, votesBlank: 2 })).toEqual([]);
      const over = validateCouncilDecision(
        { ...majority, votesFor: 15, votesAgainst: 5, votesBlank: 3 },
        today,
      );
      expect(over.map((i) => i.code)).toEqual(["VOTES_INVALID"]);
      expect(over[0]?.message).toContain("23");
    });
    it("needs more for than against", () => {
      expect(
        codes({
          ...majority,
          membersPresent: 30,
          membersTotal: 35,
          votesFor: 16,
          votesAgainst: 14,
        }),
      ).toEqual([]);
      const tie = validateCouncilDecision({ ...majority, votesFor: 11, votesAgainst: 11 }, today);
      expect(tie.map((i) => i.code)).toEqual(["VOTES_INVALID"]);
      expect(tie[0]?.message).toContain("casting vote");
    });
    it("accepts a tie decided by the chair's casting vote", () => {
      expect(codes({ ...majority, votesFor: 11, votesAgainst: 11, castingVote: true })).toEqual([]);
      // a tie with blank votes too, still broken by the chair
      expect(
        codes({ ...majority, votesFor: 10, votesAgainst: 10, votesBlank: 2, castingVote: true }),
      ).toEqual([]);
    });
    it("refuses a casting vote where there is no tie", () => {
      const issues = validateCouncilDecision(
        { ...majority, votesFor: 12, votesAgainst: 10, castingVote: true },
        today,
      );
      expect(issues.map((i) => [i.code, i.field])).toEqual([["VOTES_INVALID", "castingVote"]]);
      expect(codes({ ...majority, votesFor: 12, castingVote: true })).toEqual(["VOTES_INVALID"]);
      expect(codes({ ...majority, votesFor: 0, votesAgainst: 0, castingVote: true })).toEqual([
        "VOTES_INVALID",
      ]);
    });
  });

  describe("unanimous vote", () => {
    it("counts everyone present at the vote (less the blank votes)", () => {
      expect(codes({ ...serres, votesFor: 22 })).toEqual([]);
      // 25 were present at the opening, not at the vote
      expect(codes({ ...serres, votesFor: 25 })).toEqual(["VOTES_INVALID"]);
      expect(codes({ ...serres, votesFor: 20 })).toEqual(["VOTES_INVALID"]);
      expect(codes({ ...serres, votesFor: 20, votesBlank: 2 })).toEqual([]);
    });
    it("has no votes against and no casting vote", () => {
      expect(codes({ ...serres, votesAgainst: 1, votesFor: 21 })).toEqual(["VOTES_INVALID"]);
      expect(codes({ ...serres, votesAgainst: 0 })).toEqual([]);
      expect(codes({ ...serres, castingVote: true })).toEqual(["VOTES_INVALID"]);
    });
  });

  it("rejects a decision dated in the future, accepts today", () => {
    expect(codes(serres, "2024-06-25")).toEqual(["DECISION_IN_FUTURE"]);
    expect(codes(serres, "2024-06-26")).toEqual([]);
    expect(validateCouncilDecision(serres, "2024-06-25")[0]?.field).toBe("date");
  });

  it("handles a leap day and a year end", () => {
    expect(codes({ ...serres, number: "3/2024", date: "2024-02-29" })).toEqual([]);
    expect(codes({ ...serres, number: "99/2024", date: "2024-12-31" }, "2024-12-31")).toEqual([]);
    expect(codes({ ...serres, number: "1/2025", date: "2025-01-01" }, "2024-12-31")).toEqual([
      "DECISION_IN_FUTURE",
    ]);
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

  it("checks the ΑΔΑ's shape", () => {
    expect(codes({ ...serres, diavgeiaAda: "Ψ4ΚΡΩΛ7-ΒΦΗ" })).toEqual([]);
    const issues = validateCouncilDecision({ ...serres, diavgeiaAda: "12345" }, today);
    expect(issues).toEqual([
      expect.objectContaining({ code: "ADA_INVALID", field: "diavgeiaAda" }),
    ]);
    expect(issues[0]?.message).toContain("Ψ4ΚΡΩΛ7-ΒΦΗ");
  });

  it("reports every problem at once", () => {
    expect(
      codes(
        {
          ...serres,
          membersPresentAtOpening: null,
          membersPresent: 10,
          vote: "majority",
          votesFor: 2,
          number: "5/2025",
          date: "2027-01-01",
          diavgeiaAda: "nope",
        },
        today,
      ),
    ).toEqual([
      "QUORUM_NOT_MET",
      "VOTES_INVALID",
      "DECISION_IN_FUTURE",
      "DECISION_NUMBER_INVALID",
      "ADA_INVALID",
    ]);
  });

  it("writes messages in English", () => {
    const [issue] = validateCouncilDecision(
      { ...serres, membersPresent: 17, votesFor: null },
      today,
    );
    expect(issue?.message).toMatch(/^No quorum at the vote/);
  });
});

describe("ΑΔΑ", () => {
  it.each(["Ψ4ΚΡΩΛ7-ΒΦΗ", "6ΣΞΓΩΛ7-Ψ3Α", "ΩΛ2Β46ΜΓ2Ξ-ΑΒΓ", "9ΔΦΡ-123"])("accepts %s", (ada) =>
    expect(isValidAda(ada)).toBe(true),
  );
  it.each([
    ["", "empty"],
    ["Ψ4ΚΡΩΛ7ΒΦΗ", "no hyphen"],
    ["Ψ4ΚΡΩΛ7-ΒΦ", "two after the hyphen"],
    ["Ψ4ΚΡΩΛ7-ΒΦΗΞ", "four after the hyphen"],
    ["Ψ4Κ-ΒΦΗ", "three before the hyphen"],
    ["Ψ4ΚΡΩΛ7Ψ4ΚΡ-ΒΦΗ", "eleven before the hyphen"],
    ["Ψ4ΚΡΩΛ7-ΒΦΗ-1", "two hyphens"],
    ["Ψ4ΚΡ ΩΛ7-ΒΦΗ", "a space inside"],
    ["ΨFΚΡΩΛ7-ΒΦΗ", "a Latin letter without a Greek look-alike"],
    ["https://diavgeia.gov.gr/decision/view/Ψ4ΚΡΩΛ7-ΒΦΗ", "a URL"],
  ])("rejects %j (%s)", (ada) => expect(isValidAda(ada)).toBe(false));

  it("normalizes what a Latin keyboard or lower case produces", () => {
    expect(normalizeAda(" ψ4κρωλ7-βφη ")).toBe("Ψ4ΚΡΩΛ7-ΒΦΗ");
    // Latin A, B, K, P, H typed for the Greek capitals
    expect(normalizeAda("Ψ4KPΩΛ7-BΦH")).toBe("Ψ4ΚΡΩΛ7-ΒΦΗ");
    expect(normalizeAda("ά4ΚΡΩΛ7–ΒΦΗ")).toBe("Α4ΚΡΩΛ7-ΒΦΗ");
    expect(isValidAda("Ψ4KPΩΛ7-BΦH")).toBe(true);
  });

  it("links to the decision's page on Diavgeia", () => {
    expect(diavgeiaUrl("Ψ4ΚΡΩΛ7-ΒΦΗ")).toBe("https://diavgeia.gov.gr/decision/view/Ψ4ΚΡΩΛ7-ΒΦΗ");
    expect(diavgeiaUrl("ψ4κρωλ7-βφη")).toBe("https://diavgeia.gov.gr/decision/view/Ψ4ΚΡΩΛ7-ΒΦΗ");
  });
});
