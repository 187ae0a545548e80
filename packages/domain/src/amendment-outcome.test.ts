import { describe, expect, it } from "vitest";
import {
  type AmendmentFacts,
  amendmentOutcomeOn,
  answerOn,
  answerRefusal,
  canCirculateAmendment,
  canWithdrawAmendment,
  type FrozenPartyFacts,
  type PartyAnswerFact,
} from "./amendment-outcome.ts";
import { addCalendarDays } from "./dates.ts";
import type { MembershipFacts } from "./membership.ts";

const member: MembershipFacts = {
  periods: [{ startsOn: "2018-01-04", startsOnOrBefore: null }],
  withdrawals: [],
  applications: [],
};
/** A member whose withdrawal was notified on `notifiedOn` (a party through N + 15). */
const leaving = (notifiedOn: string): MembershipFacts => ({
  ...member,
  withdrawals: [{ notifiedOn, rescindedOn: null }],
});

const consent = (decisionDate: string): PartyAnswerFact => ({ answer: "consent", decisionDate });
const refuse = (decisionDate: string): PartyAnswerFact => ({ answer: "refuse", decisionDate });

const party = (
  municipalityId: string,
  answers: PartyAnswerFact[] = [],
  membership: MembershipFacts = member,
): FrozenPartyFacts => ({ municipalityId, answers, membership });

const circulated = (parties: FrozenPartyFacts[], circulatedOn = "2026-03-02"): AmendmentFacts => ({
  withdrawn: false,
  circulatedOn,
  parties,
});

describe("amendmentOutcomeOn", () => {
  it("is proposed until circulated, and before the circulation day", () => {
    const facts = { withdrawn: false, circulatedOn: null, parties: [] };
    expect(amendmentOutcomeOn(facts, "2026-03-02").status).toBe("proposed");
    const later = circulated([party("a")], "2026-03-02");
    expect(amendmentOutcomeOn(later, "2026-03-01").status).toBe("proposed");
    expect(amendmentOutcomeOn(later, "2026-03-02").status).toBe("circulated");
  });

  it("is withdrawn whatever the answers", () => {
    const facts = { ...circulated([party("a", [consent("2026-03-03")])]), withdrawn: true };
    expect(amendmentOutcomeOn(facts, "2026-04-01").status).toBe("withdrawn");
  });

  it("is adopted on the date of the last consent when every party consents", () => {
    const facts = circulated([
      party("a", [consent("2026-03-05")]),
      party("b", [consent("2026-03-20")]),
      party("c", [consent("2026-03-10")]),
    ]);
    const before = amendmentOutcomeOn(facts, "2026-03-19");
    expect(before).toMatchObject({ status: "circulated", pending: ["b"], adoptedOn: null });
    expect(before.consented).toEqual(["a", "c"]);
    const on = amendmentOutcomeOn(facts, "2026-03-20");
    expect(on).toMatchObject({ status: "adopted", adoptedOn: "2026-03-20", pending: [] });
    expect(amendmentOutcomeOn(facts, "2030-01-01").adoptedOn).toBe("2026-03-20");
  });

  it("stays circulated while one party has not answered", () => {
    const facts = circulated([party("a", [consent("2026-03-05")]), party("b")]);
    expect(amendmentOutcomeOn(facts, "2027-01-01")).toMatchObject({
      status: "circulated",
      pending: ["b"],
    });
  });

  it("is not adopted from the first refusal, even if others consent later", () => {
    const facts = circulated([
      party("a", [consent("2026-03-05")]),
      party("b", [refuse("2026-03-07")]),
      party("c", [refuse("2026-03-09")]),
    ]);
    expect(amendmentOutcomeOn(facts, "2026-03-06").status).toBe("circulated");
    expect(amendmentOutcomeOn(facts, "2026-03-07")).toMatchObject({
      status: "not_adopted",
      notAdoptedOn: "2026-03-07",
      refused: ["b"],
    });
    expect(amendmentOutcomeOn(facts, "2026-04-01").refused).toEqual(["b", "c"]);
  });

  it("takes the answer in force on the day: a changed answer counts from its decision", () => {
    const facts = circulated([
      party("a", [consent("2026-03-05"), refuse("2026-03-12")]),
      party("b"),
    ]);
    expect(amendmentOutcomeOn(facts, "2026-03-11").consented).toEqual(["a"]);
    expect(amendmentOutcomeOn(facts, "2026-03-12").status).toBe("not_adopted");
  });

  it("drops a party that leaves before answering; adopted when it stops being a party", () => {
    // notified 2026-03-04: a party through 2026-03-19, not from 2026-03-20 (N + 16)
    const facts = circulated([
      party("a", [consent("2026-03-05")]),
      party("b", [], leaving("2026-03-04")),
    ]);
    expect(amendmentOutcomeOn(facts, "2026-03-19")).toMatchObject({
      status: "circulated",
      pending: ["b"],
    });
    const after = amendmentOutcomeOn(facts, "2026-03-20");
    expect(after).toMatchObject({
      status: "adopted",
      adoptedOn: "2026-03-20",
      droppedOut: [{ municipalityId: "b", leftOn: "2026-03-20" }],
    });
  });

  it("keeps the answer of a party that answered and then left", () => {
    const facts = circulated([
      party("a", [consent("2026-03-05")]),
      party("b", [consent("2026-03-06")], leaving("2026-03-04")),
    ]);
    expect(amendmentOutcomeOn(facts, "2026-05-01")).toMatchObject({
      status: "adopted",
      adoptedOn: "2026-03-06",
      droppedOut: [],
    });
  });

  it("adopts nothing when every party left before anyone consented", () => {
    const facts = circulated([party("b", [], leaving("2026-03-04"))]);
    expect(amendmentOutcomeOn(facts, "2026-05-01").status).toBe("circulated");
  });

  it("counts calendar days across month, year and leap-day ends", () => {
    const facts = circulated(
      [party("a", [consent("2028-02-29")]), party("b", [consent("2028-03-01")])],
      "2027-12-31",
    );
    expect(amendmentOutcomeOn(facts, "2028-02-29").status).toBe("circulated");
    expect(amendmentOutcomeOn(facts, addCalendarDays("2028-02-29", 1))).toMatchObject({
      status: "adopted",
      adoptedOn: "2028-03-01",
    });
    // a consent dated on New Year's Eve is in force on that day (dates, not instants)
    const newYear = circulated([party("a", [consent("2027-12-31")])], "2027-12-31");
    expect(amendmentOutcomeOn(newYear, "2027-12-31").adoptedOn).toBe("2027-12-31");
  });
});

describe("answerOn", () => {
  it("is the last recorded answer dated by the day", () => {
    const answers = [consent("2026-03-05"), refuse("2026-03-12")];
    expect(answerOn(answers, "2026-03-04")).toBeNull();
    expect(answerOn(answers, "2026-03-05")).toEqual(consent("2026-03-05"));
    expect(answerOn(answers, "2026-03-12")).toEqual(refuse("2026-03-12"));
  });
});

describe("answerRefusal", () => {
  it("takes answers only while circulated", () => {
    expect(answerRefusal("proposed", null, consent("2026-03-05"))).toBe("AMENDMENT_NOT_CIRCULATED");
    expect(answerRefusal("withdrawn", null, consent("2026-03-05"))).toBe("AMENDMENT_CLOSED");
    expect(answerRefusal("adopted", null, consent("2026-03-05"))).toBe("OUTCOME_REACHED");
    expect(answerRefusal("not_adopted", null, consent("2026-03-05"))).toBe("OUTCOME_REACHED");
    expect(answerRefusal("circulated", null, refuse("2026-03-05"))).toBeNull();
  });
  it("refuses the same answer twice, allows a change by a later decision", () => {
    const first = consent("2026-03-05");
    expect(answerRefusal("circulated", first, consent("2026-03-09"))).toBe("ALREADY_ANSWERED");
    expect(answerRefusal("circulated", first, refuse("2026-03-04"))).toBe(
      "DECISION_BEFORE_PREVIOUS",
    );
    expect(answerRefusal("circulated", first, refuse("2026-03-05"))).toBeNull();
  });
});

describe("status actions", () => {
  it("circulates only proposals; withdraws only before an outcome", () => {
    expect(canCirculateAmendment("proposed")).toBe(true);
    expect(canCirculateAmendment("circulated")).toBe(false);
    expect(canWithdrawAmendment("circulated")).toBe(true);
    expect(canWithdrawAmendment("adopted")).toBe(false);
    expect(canWithdrawAmendment("not_adopted")).toBe(false);
    expect(canWithdrawAmendment("withdrawn")).toBe(false);
  });
});
