import { describe, expect, it } from "vitest";
import {
  canRescindWithdrawal,
  daysUntilEffective,
  WITHDRAWAL_NOTICE_DAYS,
  withdrawalEffectiveOn,
  withdrawalEffectiveOnFromInstant,
  withdrawalStatusOn,
} from "./withdrawal.ts";

describe("withdrawalEffectiveOn: notification + 15 calendar days", () => {
  it("is 15 days", () => expect(WITHDRAWAL_NOTICE_DAYS).toBe(15));
  it.each([
    // across the change back to winter time (2026-10-25)
    ["2026-10-20", "2026-11-04"],
    // across the change to summer time (2026-03-29)
    ["2026-03-20", "2026-04-04"],
    // month and year ends
    ["2026-01-31", "2026-02-15"],
    ["2026-12-20", "2027-01-04"],
    // leap years
    ["2028-02-14", "2028-02-29"],
    ["2028-02-20", "2028-03-06"],
    ["2027-02-20", "2027-03-07"],
  ])("notified %s → effective %s", (notifiedOn, effectiveOn) =>
    expect(withdrawalEffectiveOn(notifiedOn)).toBe(effectiveOn),
  );
});

describe("withdrawalEffectiveOnFromInstant: Athens date of the instant + 15", () => {
  it.each([
    // late evening in Athens on 2026-03-28 (UTC+2) vs just after midnight 2026-03-29
    ["2026-03-28T21:59:00Z", "2026-04-12"],
    ["2026-03-28T22:01:00Z", "2026-04-13"],
    // on 2026-03-29 itself, Athens is UTC+3 from 03:00 local: midnight is 21:00Z
    ["2026-03-29T20:59:00Z", "2026-04-13"],
    ["2026-03-29T21:01:00Z", "2026-04-14"],
    // 2026-10-25: UTC+3 until 04:00 local, then UTC+2
    ["2026-10-24T20:59:00Z", "2026-11-08"],
    ["2026-10-24T21:01:00Z", "2026-11-09"],
    ["2026-10-25T21:59:00Z", "2026-11-09"],
    ["2026-10-25T22:01:00Z", "2026-11-10"],
    // evening of 2026-10-20 in UTC is already 2026-10-21 in Athens
    ["2026-10-20T22:30:00Z", "2026-11-05"],
    ["2026-12-31T22:30:00Z", "2027-01-16"],
  ])("notified at %s → effective %s", (instant, effectiveOn) =>
    expect(withdrawalEffectiveOnFromInstant(new Date(instant))).toBe(effectiveOn),
  );
});

describe("withdrawalStatusOn", () => {
  const w = { effectiveOn: "2026-11-04", rescindedOn: null };
  it("is pending the day it is notified and the day before effect", () => {
    expect(withdrawalStatusOn(w, "2026-10-20")).toBe("pending");
    expect(withdrawalStatusOn(w, "2026-11-03")).toBe("pending");
  });
  it("is effective on the day of effect and after", () => {
    expect(withdrawalStatusOn(w, "2026-11-04")).toBe("effective");
    expect(withdrawalStatusOn(w, "2027-01-01")).toBe("effective");
  });
  it("is rescinded from the rescission date on, pending before", () => {
    const r = { effectiveOn: "2026-11-04", rescindedOn: "2026-10-28" };
    expect(withdrawalStatusOn(r, "2026-10-27")).toBe("pending");
    expect(withdrawalStatusOn(r, "2026-10-28")).toBe("rescinded");
    expect(withdrawalStatusOn(r, "2026-11-04")).toBe("rescinded");
  });
  it("can be rescinded only while pending", () => {
    expect(canRescindWithdrawal(w, "2026-11-03")).toBe(true);
    expect(canRescindWithdrawal(w, "2026-11-04")).toBe(false);
    expect(canRescindWithdrawal({ ...w, rescindedOn: "2026-10-28" }, "2026-10-30")).toBe(false);
  });
});

describe("daysUntilEffective", () => {
  const w = { effectiveOn: "2026-11-04", rescindedOn: null };
  it.each([
    ["2026-10-20", 15],
    ["2026-11-03", 1],
    ["2026-11-04", 0],
    ["2026-11-10", 0],
  ])("on %s: %d days", (on, days) => expect(daysUntilEffective(w, on)).toBe(days));
});
