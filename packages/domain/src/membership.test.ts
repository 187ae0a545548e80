import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addCalendarDays } from "./dates.ts";
import {
  isPartyOn,
  type MembershipFacts,
  membershipStatusOn,
  membershipSummaryOn,
  NETWORK_FOUNDED_ON,
  partiesOn,
} from "./membership.ts";

const none: MembershipFacts = { periods: [], withdrawals: [], applications: [] };

const founder = (startsOn: string): MembershipFacts => ({
  ...none,
  periods: [{ startsOn, startsOnOrBefore: null }],
});

const onOrBefore: MembershipFacts = {
  ...none,
  periods: [{ startsOn: null, startsOnOrBefore: "2024-06-17" }],
};

const withdrawal = (notifiedOn: string, rescindedOn: string | null = null) => ({
  notifiedOn,
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
      withdrawalLastDayAsParty: null,
      withdrawalEffectiveOn: null,
      periods: [{ from: "2018-01-04", fromOnOrBefore: null, until: null }],
    });
    expect(membershipSummaryOn(athens, "2018-01-03").status).toBe("none");
  });
});

describe("member that acceded on or before 2024-06-17: unknown before, never 'none'", () => {
  it("is none before the network existed", () => {
    expect(NETWORK_FOUNDED_ON).toBe("2018-01-04");
    expect(membershipStatusOn(onOrBefore, "2018-01-03")).toBe("none");
    expect(membershipStatusOn(onOrBefore, "2000-01-01")).toBe("none");
  });
  it("is unknown from the founding to the day before the bound", () => {
    expect(membershipStatusOn(onOrBefore, "2018-01-04")).toBe("unknown");
    expect(membershipStatusOn(onOrBefore, "2020-01-01")).toBe("unknown");
    expect(membershipStatusOn(onOrBefore, "2024-02-29")).toBe("unknown");
    expect(membershipStatusOn(onOrBefore, "2024-06-16")).toBe("unknown");
    expect(isPartyOn(onOrBefore, "2024-06-16")).toBe(false);
  });
  it("is a member from the bound", () => {
    expect(membershipStatusOn(onOrBefore, "2024-06-17")).toBe("member");
    expect(isPartyOn(onOrBefore, "2024-06-17")).toBe(true);
  });
  it("reports the bound while unknown and once a member", () => {
    expect(membershipSummaryOn(onOrBefore, "2020-01-01")).toEqual({
      status: "unknown",
      memberSince: null,
      memberSinceOnOrBefore: "2024-06-17",
      withdrawalLastDayAsParty: null,
      withdrawalEffectiveOn: null,
      periods: [],
    });
    expect(membershipSummaryOn(onOrBefore, "2026-11-25")).toMatchObject({
      status: "member",
      memberSince: null,
      memberSinceOnOrBefore: "2024-06-17",
      periods: [{ from: null, fromOnOrBefore: "2024-06-17", until: null }],
    });
  });
  it("the network as of 2020-01-01: 2 members, 16 unknown", () => {
    const network = new Map<string, MembershipFacts>([
      ["athens", founder("2018-01-04")],
      ["thessaloniki", founder("2018-01-04")],
      ...Array.from({ length: 16 }, (_, i) => [`m${i}`, onOrBefore] as [string, MembershipFacts]),
    ]);
    const statuses = [...network.values()].map((f) => membershipStatusOn(f, "2020-01-01"));
    expect(statuses.filter((s) => s === "member")).toHaveLength(2);
    expect(statuses.filter((s) => s === "unknown")).toHaveLength(16);
    expect(statuses.filter((s) => s === "none")).toHaveLength(0);
    expect(partiesOn(network, "2020-01-01")).toEqual(["athens", "thessaloniki"]);
    expect(partiesOn(network, "2024-06-17")).toHaveLength(18);
  });
  it("property: unknown exactly on [2018-01-04, 2024-06-17), none before, member after", () => {
    const day = fc.integer({ min: 0, max: 366 * 12 }).map((n) => addCalendarDays("2016-01-01", n));
    fc.assert(
      fc.property(day, (d) => {
        const status = membershipStatusOn(onOrBefore, d);
        if (d < "2018-01-04") return status === "none";
        if (d < "2024-06-17") return status === "unknown";
        return status === "member";
      }),
      { numRuns: 2000 },
    );
  });
});

describe("withdrawal notified 2026-10-20: party through 2026-11-04, former from 2026-11-05", () => {
  const facts: MembershipFacts = {
    ...founder("2018-01-04"),
    withdrawals: [withdrawal("2026-10-20")],
  };

  it("member before notification, withdrawing through the last day as a party", () => {
    expect(membershipStatusOn(facts, "2026-10-19")).toBe("member");
    expect(membershipStatusOn(facts, "2026-10-20")).toBe("withdrawing");
    expect(membershipStatusOn(facts, "2026-11-04")).toBe("withdrawing");
  });
  it("former from the day of effect", () => {
    expect(membershipStatusOn(facts, "2026-11-05")).toBe("former");
    expect(membershipStatusOn(facts, "2030-01-01")).toBe("former");
  });
  it("a withdrawing party is still a party through N + 15", () => {
    expect(isPartyOn(facts, "2026-11-04")).toBe(true);
    expect(isPartyOn(facts, "2026-11-05")).toBe(false);
    expect(isPartyOn(facts, "2018-01-03")).toBe(false);
  });
  it("summarises while withdrawing and once former", () => {
    expect(membershipSummaryOn(facts, "2026-11-04")).toEqual({
      status: "withdrawing",
      memberSince: "2018-01-04",
      memberSinceOnOrBefore: null,
      withdrawalLastDayAsParty: "2026-11-04",
      withdrawalEffectiveOn: "2026-11-05",
      periods: [{ from: "2018-01-04", fromOnOrBefore: null, until: "2026-11-05" }],
    });
    expect(membershipSummaryOn(facts, "2026-11-05")).toEqual({
      status: "former",
      memberSince: null,
      memberSinceOnOrBefore: null,
      withdrawalLastDayAsParty: "2026-11-04",
      withdrawalEffectiveOn: "2026-11-05",
      periods: [{ from: "2018-01-04", fromOnOrBefore: null, until: "2026-11-05" }],
    });
  });
  it("a view of the past does not know of a later withdrawal", () => {
    expect(membershipSummaryOn(facts, "2026-10-19").periods).toEqual([
      { from: "2018-01-04", fromOnOrBefore: null, until: null },
    ]);
  });
  it("an on-or-before member can withdraw too (across the year end)", () => {
    const f: MembershipFacts = { ...onOrBefore, withdrawals: [withdrawal("2026-12-20")] };
    expect(membershipSummaryOn(f, "2027-01-04")).toMatchObject({
      status: "withdrawing",
      memberSinceOnOrBefore: "2024-06-17",
      withdrawalLastDayAsParty: "2027-01-04",
      withdrawalEffectiveOn: "2027-01-05",
    });
    expect(membershipStatusOn(f, "2027-01-05")).toBe("former");
  });
});

describe("rescinded withdrawal", () => {
  const facts: MembershipFacts = {
    ...founder("2018-01-04"),
    withdrawals: [withdrawal("2026-10-20", "2026-10-28")],
  };
  it("withdrawing before the revocation, member again from it on", () => {
    expect(membershipStatusOn(facts, "2026-10-27")).toBe("withdrawing");
    expect(membershipStatusOn(facts, "2026-10-28")).toBe("member");
    expect(membershipStatusOn(facts, "2026-11-05")).toBe("member");
  });
  it("revoked on the last day as a party: never former", () => {
    const f = { ...facts, withdrawals: [withdrawal("2026-10-20", "2026-11-04")] };
    expect(membershipStatusOn(f, "2026-11-04")).toBe("member");
    expect(membershipStatusOn(f, "2026-11-05")).toBe("member");
  });
  it("leaves a single open period once rescinded", () => {
    expect(membershipSummaryOn(facts, "2026-11-05")).toEqual({
      status: "member",
      memberSince: "2018-01-04",
      memberSinceOnOrBefore: null,
      withdrawalLastDayAsParty: null,
      withdrawalEffectiveOn: null,
      periods: [{ from: "2018-01-04", fromOnOrBefore: null, until: null }],
    });
  });
  it("a later withdrawal still ends the period", () => {
    const f = { ...facts, withdrawals: [...facts.withdrawals, withdrawal("2027-03-01")] };
    expect(membershipStatusOn(f, "2027-03-16")).toBe("withdrawing");
    expect(membershipStatusOn(f, "2027-03-17")).toBe("former");
  });
});

describe("re-joining", () => {
  // Acceded on or before 2024-06-17, withdrew (notified 2026-10-20, former from 2026-11-05),
  // declared accession again, notified 2027-05-10, withdrew again in 2028 (leap year:
  // notified 2028-02-20, party through 2028-03-06, former from 2028-03-07).
  const facts: MembershipFacts = {
    periods: [
      { startsOn: "2027-05-10", startsOnOrBefore: null },
      { startsOn: null, startsOnOrBefore: "2024-06-17" },
    ],
    withdrawals: [withdrawal("2028-02-20"), withdrawal("2026-10-20")],
    applications: [{ submittedOn: "2027-04-01", closedOn: "2027-05-10" }],
  };

  it("goes unknown → member → withdrawing → former → applicant → member → withdrawing → former", () => {
    expect(membershipStatusOn(facts, "2024-06-16")).toBe("unknown");
    expect(membershipStatusOn(facts, "2025-01-01")).toBe("member");
    expect(membershipStatusOn(facts, "2026-11-04")).toBe("withdrawing");
    expect(membershipStatusOn(facts, "2026-11-05")).toBe("former");
    expect(membershipStatusOn(facts, "2027-03-31")).toBe("former");
    expect(membershipStatusOn(facts, "2027-04-01")).toBe("applicant");
    expect(membershipStatusOn(facts, "2027-05-09")).toBe("applicant");
    expect(membershipStatusOn(facts, "2027-05-10")).toBe("member");
    expect(membershipStatusOn(facts, "2028-03-06")).toBe("withdrawing");
    expect(membershipStatusOn(facts, "2028-03-07")).toBe("former");
  });

  it("lists both periods, the current one giving memberSince", () => {
    expect(membershipSummaryOn(facts, "2027-06-01")).toMatchObject({
      status: "member",
      memberSince: "2027-05-10",
      periods: [
        { from: null, fromOnOrBefore: "2024-06-17", until: "2026-11-05" },
        { from: "2027-05-10", fromOnOrBefore: null, until: null },
      ],
    });
  });

  it("re-joining on the very day the withdrawal took effect is seamless", () => {
    const f: MembershipFacts = {
      ...none,
      periods: [
        { startsOn: "2018-01-04", startsOnOrBefore: null },
        { startsOn: "2026-11-05", startsOnOrBefore: null },
      ],
      withdrawals: [withdrawal("2026-10-20")],
    };
    expect(membershipStatusOn(f, "2026-11-04")).toBe("withdrawing");
    expect(membershipSummaryOn(f, "2026-11-05")).toMatchObject({
      status: "member",
      memberSince: "2026-11-05",
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

describe("applicant (a declaration submitted, then notified)", () => {
  const submitted: MembershipFacts = {
    ...none,
    applications: [{ submittedOn: "2024-07-01", closedOn: null }],
  };
  it("is none before submission and applicant from it", () => {
    expect(membershipStatusOn(submitted, "2024-06-30")).toBe("none");
    expect(membershipStatusOn(submitted, "2024-07-01")).toBe("applicant");
    expect(isPartyOn(submitted, "2026-11-25")).toBe(false);
  });
  it("is applicant until notified and member from the notification date", () => {
    const notified: MembershipFacts = {
      periods: [{ startsOn: "2026-11-20", startsOnOrBefore: null }],
      withdrawals: [],
      applications: [{ submittedOn: "2024-07-01", closedOn: "2026-11-20" }],
    };
    expect(membershipStatusOn(notified, "2026-11-19")).toBe("applicant");
    expect(membershipStatusOn(notified, "2026-11-20")).toBe("member");
  });
  it("a former member declaring accession again is applicant", () => {
    const f: MembershipFacts = {
      ...founder("2018-01-04"),
      withdrawals: [withdrawal("2026-10-20")],
      applications: [{ submittedOn: "2027-01-10", closedOn: null }],
    };
    expect(membershipSummaryOn(f, "2027-01-10")).toMatchObject({
      status: "applicant",
      withdrawalEffectiveOn: null,
      periods: [{ from: "2018-01-04", fromOnOrBefore: null, until: "2026-11-05" }],
    });
  });
});

describe("no facts", () => {
  it("is none", () => {
    expect(membershipStatusOn(none, "2026-11-25")).toBe("none");
    expect(isPartyOn(none, "2026-11-25")).toBe(false);
    expect(partiesOn(new Map([["x", none]]), "2026-11-25")).toEqual([]);
  });
});

describe("property: a withdrawal notified on N ends the party status exactly after N + 15", () => {
  it("for every notification day 2018–2099", () => {
    const day = fc.integer({ min: 0, max: 29_950 }).map((n) => addCalendarDays("2018-01-04", n));
    fc.assert(
      fc.property(day, (n) => {
        const f: MembershipFacts = { ...founder("2018-01-04"), withdrawals: [withdrawal(n)] };
        return (
          membershipStatusOn(f, addCalendarDays(n, -1)) !== "withdrawing" &&
          membershipStatusOn(f, n) === "withdrawing" &&
          isPartyOn(f, addCalendarDays(n, 15)) &&
          !isPartyOn(f, addCalendarDays(n, 16)) &&
          membershipStatusOn(f, addCalendarDays(n, 16)) === "former"
        );
      }),
      { numRuns: 3000 },
    );
  });
});
