import { describe, expect, it } from "vitest";
import {
  isMemberOn,
  type MembershipFacts,
  membershipStatusOn,
  membershipSummaryOn,
} from "./membership.ts";
import { withdrawalEffectiveOn } from "./withdrawal.ts";

const none: MembershipFacts = { periods: [], withdrawals: [], applications: [] };

const founder = (startsOn: string): MembershipFacts => ({
  ...none,
  periods: [{ startsOn, startsOnOrBefore: null }],
});

const withdrawal = (notifiedOn: string, rescindedOn: string | null = null) => ({
  notifiedOn,
  effectiveOn: withdrawalEffectiveOn(notifiedOn),
  rescindedOn,
});

describe("founding member (Athens, 2018-01-04)", () => {
  const athens = founder("2018-01-04");
  it("is none the day before founding and member from founding", () => {
    expect(membershipStatusOn(athens, "2018-01-03")).toBe("none");
    expect(membershipStatusOn(athens, "2018-01-04")).toBe("member");
    expect(membershipStatusOn(athens, "2026-11-25")).toBe("member");
  });
  it("summarises", () => {
    expect(membershipSummaryOn(athens, "2026-11-25")).toEqual({
      status: "member",
      memberSince: "2018-01-04",
      memberSinceOnOrBefore: null,
      withdrawalEffectiveOn: null,
      periods: [{ from: "2018-01-04", fromOnOrBefore: null, until: null }],
    });
    expect(membershipSummaryOn(athens, "2018-01-03")).toEqual({
      status: "none",
      memberSince: null,
      memberSinceOnOrBefore: null,
      withdrawalEffectiveOn: null,
      periods: [],
    });
  });
});

describe("member that acceded on or before 2024-06-17", () => {
  const tilos: MembershipFacts = {
    ...none,
    periods: [{ startsOn: null, startsOnOrBefore: "2024-06-17" }],
  };
  it("counts only from the bound, never earlier", () => {
    expect(membershipStatusOn(tilos, "2018-01-04")).toBe("none");
    expect(membershipStatusOn(tilos, "2024-06-16")).toBe("none");
    expect(membershipStatusOn(tilos, "2024-06-17")).toBe("member");
  });
  it("reports memberSinceOnOrBefore, not memberSince", () => {
    expect(membershipSummaryOn(tilos, "2026-11-25")).toEqual({
      status: "member",
      memberSince: null,
      memberSinceOnOrBefore: "2024-06-17",
      withdrawalEffectiveOn: null,
      periods: [{ from: null, fromOnOrBefore: "2024-06-17", until: null }],
    });
  });
});

describe("withdrawal", () => {
  // notified 2026-10-20 → effective 2026-11-04
  const facts: MembershipFacts = {
    ...founder("2018-01-04"),
    withdrawals: [withdrawal("2026-10-20")],
  };

  it("member before notification, withdrawing from notification to the day before effect", () => {
    expect(membershipStatusOn(facts, "2026-10-19")).toBe("member");
    expect(membershipStatusOn(facts, "2026-10-20")).toBe("withdrawing");
    expect(membershipStatusOn(facts, "2026-11-03")).toBe("withdrawing");
  });
  it("former from the day of effect", () => {
    expect(membershipStatusOn(facts, "2026-11-04")).toBe("former");
    expect(membershipStatusOn(facts, "2030-01-01")).toBe("former");
  });
  it("a withdrawing party is still a party until effect", () => {
    expect(isMemberOn(facts, "2026-11-03")).toBe(true);
    expect(isMemberOn(facts, "2026-11-04")).toBe(false);
    expect(isMemberOn(facts, "2018-01-03")).toBe(false);
  });
  it("summarises while withdrawing and once former", () => {
    expect(membershipSummaryOn(facts, "2026-11-03")).toEqual({
      status: "withdrawing",
      memberSince: "2018-01-04",
      memberSinceOnOrBefore: null,
      withdrawalEffectiveOn: "2026-11-04",
      periods: [{ from: "2018-01-04", fromOnOrBefore: null, until: "2026-11-04" }],
    });
    expect(membershipSummaryOn(facts, "2026-11-04")).toEqual({
      status: "former",
      memberSince: null,
      memberSinceOnOrBefore: null,
      withdrawalEffectiveOn: "2026-11-04",
      periods: [{ from: "2018-01-04", fromOnOrBefore: null, until: "2026-11-04" }],
    });
  });
  it("a view of the past does not know of a later withdrawal", () => {
    expect(membershipSummaryOn(facts, "2026-10-19").periods).toEqual([
      { from: "2018-01-04", fromOnOrBefore: null, until: null },
    ]);
  });
  it("an on-or-before member can withdraw too", () => {
    const f: MembershipFacts = {
      ...none,
      periods: [{ startsOn: null, startsOnOrBefore: "2024-06-17" }],
      withdrawals: [withdrawal("2026-12-20")],
    };
    expect(membershipSummaryOn(f, "2027-01-03")).toMatchObject({
      status: "withdrawing",
      memberSinceOnOrBefore: "2024-06-17",
      withdrawalEffectiveOn: "2027-01-04",
    });
    expect(membershipStatusOn(f, "2027-01-04")).toBe("former");
  });
});

describe("rescinded withdrawal", () => {
  const facts: MembershipFacts = {
    ...founder("2018-01-04"),
    withdrawals: [withdrawal("2026-10-20", "2026-10-28")],
  };
  it("withdrawing before the rescission, member again from it on", () => {
    expect(membershipStatusOn(facts, "2026-10-27")).toBe("withdrawing");
    expect(membershipStatusOn(facts, "2026-10-28")).toBe("member");
    expect(membershipStatusOn(facts, "2026-11-04")).toBe("member");
  });
  it("leaves a single open period once rescinded", () => {
    expect(membershipSummaryOn(facts, "2026-11-04")).toEqual({
      status: "member",
      memberSince: "2018-01-04",
      memberSinceOnOrBefore: null,
      withdrawalEffectiveOn: null,
      periods: [{ from: "2018-01-04", fromOnOrBefore: null, until: null }],
    });
  });
  it("a later withdrawal still ends the period", () => {
    const f = { ...facts, withdrawals: [...facts.withdrawals, withdrawal("2027-03-01")] };
    expect(membershipStatusOn(f, "2027-03-15")).toBe("withdrawing");
    expect(membershipStatusOn(f, "2027-03-16")).toBe("former");
  });
});

describe("re-joining", () => {
  // Member from 2018, withdrew (effective 2026-11-04), applied again, accepted 2027-05-10,
  // withdrew again in 2028 (effective 2028-03-06).
  const facts: MembershipFacts = {
    periods: [
      { startsOn: "2027-05-10", startsOnOrBefore: null },
      { startsOn: null, startsOnOrBefore: "2024-06-17" },
    ],
    withdrawals: [withdrawal("2028-02-20"), withdrawal("2026-10-20")],
    applications: [{ submittedOn: "2027-04-01", closedOn: "2027-05-10" }],
  };

  it("goes member → withdrawing → former → applicant → member → withdrawing → former", () => {
    expect(membershipStatusOn(facts, "2024-06-16")).toBe("none");
    expect(membershipStatusOn(facts, "2025-01-01")).toBe("member");
    expect(membershipStatusOn(facts, "2026-11-01")).toBe("withdrawing");
    expect(membershipStatusOn(facts, "2026-11-04")).toBe("former");
    expect(membershipStatusOn(facts, "2027-03-31")).toBe("former");
    expect(membershipStatusOn(facts, "2027-04-01")).toBe("applicant");
    expect(membershipStatusOn(facts, "2027-05-09")).toBe("applicant");
    expect(membershipStatusOn(facts, "2027-05-10")).toBe("member");
    expect(membershipStatusOn(facts, "2028-03-05")).toBe("withdrawing");
    expect(membershipStatusOn(facts, "2028-03-06")).toBe("former");
  });

  it("lists both periods, the current one giving memberSince", () => {
    expect(membershipSummaryOn(facts, "2027-06-01")).toEqual({
      status: "member",
      memberSince: "2027-05-10",
      memberSinceOnOrBefore: null,
      withdrawalEffectiveOn: null,
      periods: [
        { from: null, fromOnOrBefore: "2024-06-17", until: "2026-11-04" },
        { from: "2027-05-10", fromOnOrBefore: null, until: null },
      ],
    });
  });

  it("once former again, withdrawalEffectiveOn is the last period end", () => {
    expect(membershipSummaryOn(facts, "2028-12-01")).toMatchObject({
      status: "former",
      withdrawalEffectiveOn: "2028-03-06",
      periods: [
        { from: null, fromOnOrBefore: "2024-06-17", until: "2026-11-04" },
        { from: "2027-05-10", fromOnOrBefore: null, until: "2028-03-06" },
      ],
    });
  });

  it("re-joining on the very day the withdrawal took effect is seamless", () => {
    const f: MembershipFacts = {
      ...none,
      periods: [
        { startsOn: "2018-01-04", startsOnOrBefore: null },
        { startsOn: "2026-11-04", startsOnOrBefore: null },
      ],
      withdrawals: [withdrawal("2026-10-20")],
    };
    expect(membershipStatusOn(f, "2026-11-03")).toBe("withdrawing");
    expect(membershipSummaryOn(f, "2026-11-04")).toMatchObject({
      status: "member",
      memberSince: "2026-11-04",
    });
  });

  it("an accession during a running period adds no period", () => {
    const f: MembershipFacts = {
      ...none,
      periods: [
        { startsOn: null, startsOnOrBefore: "2024-06-17" },
        { startsOn: "2025-03-01", startsOnOrBefore: null },
      ],
    };
    expect(membershipSummaryOn(f, "2026-01-01")).toMatchObject({
      status: "member",
      memberSinceOnOrBefore: "2024-06-17",
      periods: [{ from: null, fromOnOrBefore: "2024-06-17", until: null }],
    });
  });
});

describe("applicant (Serres: decision 2024-06-26, submitted, then accepted)", () => {
  const submitted: MembershipFacts = {
    ...none,
    applications: [{ submittedOn: "2024-07-01", closedOn: null }],
  };
  it("is none before submission and applicant from it", () => {
    expect(membershipStatusOn(submitted, "2024-06-30")).toBe("none");
    expect(membershipStatusOn(submitted, "2024-07-01")).toBe("applicant");
    expect(membershipStatusOn(submitted, "2026-11-25")).toBe("applicant");
    expect(isMemberOn(submitted, "2026-11-25")).toBe(false);
  });

  const accepted: MembershipFacts = {
    periods: [{ startsOn: "2026-11-20", startsOnOrBefore: null }],
    withdrawals: [],
    applications: [{ submittedOn: "2024-07-01", closedOn: "2026-11-20" }],
  };
  it("is applicant until acceptance and member from the acceptance date", () => {
    expect(membershipStatusOn(accepted, "2026-11-19")).toBe("applicant");
    expect(membershipSummaryOn(accepted, "2026-11-20")).toEqual({
      status: "member",
      memberSince: "2026-11-20",
      memberSinceOnOrBefore: null,
      withdrawalEffectiveOn: null,
      periods: [{ from: "2026-11-20", fromOnOrBefore: null, until: null }],
    });
    expect(membershipSummaryOn(accepted, "2026-11-19").periods).toEqual([]);
  });

  it("is none again after withdrawing its application", () => {
    const f: MembershipFacts = {
      ...none,
      applications: [{ submittedOn: "2024-07-01", closedOn: "2025-01-10" }],
    };
    expect(membershipStatusOn(f, "2025-01-09")).toBe("applicant");
    expect(membershipStatusOn(f, "2025-01-10")).toBe("none");
  });

  it("a former member applying again is applicant", () => {
    const f: MembershipFacts = {
      ...founder("2018-01-04"),
      withdrawals: [withdrawal("2026-10-20")],
      applications: [{ submittedOn: "2027-01-10", closedOn: null }],
    };
    expect(membershipSummaryOn(f, "2027-01-10")).toMatchObject({
      status: "applicant",
      withdrawalEffectiveOn: null,
      periods: [{ from: "2018-01-04", fromOnOrBefore: null, until: "2026-11-04" }],
    });
  });
});

describe("no facts", () => {
  it("is none", () => {
    expect(membershipStatusOn(none, "2026-11-25")).toBe("none");
    expect(isMemberOn(none, "2026-11-25")).toBe(false);
  });
});
