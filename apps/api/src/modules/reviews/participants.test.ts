import type { MembershipFacts } from "@cni/domain/membership";
import { reviewCycleByDueOn } from "@cni/domain/review-cycles";
import { describe, expect, it } from "vitest";
import { lastDayAsPartyBy, participantsOf, wasPartyDuring } from "./participants.ts";

const facts = (partial: Partial<MembershipFacts>): MembershipFacts => ({
  periods: [],
  withdrawals: [],
  applications: [],
  ...partial,
});
const acceded = { startsOn: null, startsOnOrBefore: "2024-06-17" };

describe("wasPartyDuring (member on at least one day of the window)", () => {
  const from = "2024-06-17";
  const to = "2026-06-16";

  it("counts the 'on or before 2024-06-17' members from the first day", () => {
    expect(wasPartyDuring(facts({ periods: [acceded] }), from, to)).toBe(true);
  });

  it("counts a member whose withdrawal took effect during the window", () => {
    const f = facts({
      periods: [acceded],
      // notified 2025-01-01: a party through 2025-01-16, former from 2025-01-17
      withdrawals: [{ notifiedOn: "2025-01-01", rescindedOn: null }],
    });
    expect(wasPartyDuring(f, from, to)).toBe(true);
    expect(wasPartyDuring(f, "2025-01-17", "2026-06-16")).toBe(false);
    // the last day before the effective date it was still a party
    expect(wasPartyDuring(f, "2025-01-16", "2026-06-16")).toBe(true);
  });

  it("counts a member that joined on the last day, not one that joined the day after", () => {
    expect(
      wasPartyDuring(facts({ periods: [{ startsOn: to, startsOnOrBefore: null }] }), from, to),
    ).toBe(true);
    expect(
      wasPartyDuring(
        facts({ periods: [{ startsOn: "2026-06-17", startsOnOrBefore: null }] }),
        from,
        to,
      ),
    ).toBe(false);
  });

  it("ignores applications and an empty or inverted window", () => {
    const applicant = facts({ applications: [{ submittedOn: "2024-07-01", closedOn: null }] });
    expect(wasPartyDuring(applicant, from, to)).toBe(false);
    expect(wasPartyDuring(facts({ periods: [acceded] }), to, from)).toBe(false);
  });

  it("stops the window at asOf while the period is running", () => {
    const cycle = reviewCycleByDueOn("2028-06-17")!;
    const all = new Map([
      ["a", facts({ periods: [acceded] })],
      ["late", facts({ periods: [{ startsOn: "2027-01-01", startsOnOrBefore: null }] })],
    ]);
    expect(participantsOf(all, cycle, "2026-11-25")).toEqual(["a"]);
    expect(participantsOf(all, cycle, "2027-01-01")).toEqual(["a", "late"]);
  });
});

describe("lastDayAsPartyBy (the day an evaluation's powers are judged on)", () => {
  it("is today while the municipality is a party, even with a withdrawal still pending", () => {
    expect(lastDayAsPartyBy(facts({ periods: [acceded] }), "2026-11-25")).toBe("2026-11-25");
    const pending = facts({
      periods: [acceded],
      withdrawals: [{ notifiedOn: "2026-11-20", rescindedOn: null }],
    });
    expect(lastDayAsPartyBy(pending, "2026-11-25")).toBe("2026-11-25");
  });

  it("is the day before the withdrawal took effect, across a month and a year end", () => {
    // notified 2025-12-20: a party through 2026-01-04, former from 2026-01-05
    const withdrawn = facts({
      periods: [acceded],
      withdrawals: [{ notifiedOn: "2025-12-20", rescindedOn: null }],
    });
    expect(lastDayAsPartyBy(withdrawn, "2026-11-25")).toBe("2026-01-04");
    expect(lastDayAsPartyBy(withdrawn, "2026-01-05")).toBe("2026-01-04");
  });

  it("ignores a withdrawal rescinded before it took effect", () => {
    const rescinded = facts({
      periods: [acceded],
      withdrawals: [{ notifiedOn: "2025-09-01", rescindedOn: "2025-09-05" }],
    });
    expect(lastDayAsPartyBy(rescinded, "2026-11-25")).toBe("2026-11-25");
  });
});
