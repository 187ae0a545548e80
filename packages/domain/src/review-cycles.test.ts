import { describe, expect, it } from "vitest";
import {
  currentReviewCycle,
  DEFAULT_REVIEW_OPEN_DAYS_BEFORE,
  REVIEW_ANCHOR,
  type ReviewCycle,
  reviewCycleByDueOn,
  reviewCyclesThrough,
  reviewOpensOn,
  reviewStatusOn,
} from "./review-cycles.ts";

const c2026: ReviewCycle = {
  dueOn: "2026-06-17",
  periodStart: "2024-06-17",
  periodEnd: "2026-06-16",
};
const c2028: ReviewCycle = {
  dueOn: "2028-06-17",
  periodStart: "2026-06-17",
  periodEnd: "2028-06-16",
};
const c2030: ReviewCycle = {
  dueOn: "2030-06-17",
  periodStart: "2028-06-17",
  periodEnd: "2030-06-16",
};

describe("cycles from the 2024-06-17 anchor, every two years", () => {
  it("anchors on the updated MoU", () => expect(REVIEW_ANCHOR).toBe("2024-06-17"));

  it("finds a cycle by its due date", () => {
    expect(reviewCycleByDueOn("2026-06-17")).toEqual(c2026);
    expect(reviewCycleByDueOn("2028-06-17")).toEqual(c2028);
    expect(reviewCycleByDueOn("2030-06-17")).toEqual(c2030);
  });
  it.each([
    "2024-06-17",
    "2022-06-17",
    "2027-06-17",
    "2026-06-18",
    "2026-06-16",
    "nonsense",
    "2026-02-30",
  ])("%s is not a due date", (d) => expect(reviewCycleByDueOn(d)).toBeNull());

  it("currentReviewCycle is the cycle whose period contains the day", () => {
    expect(currentReviewCycle("2024-06-16")).toBeNull();
    expect(currentReviewCycle("2024-06-17")).toEqual(c2026);
    expect(currentReviewCycle("2026-06-16")).toEqual(c2026);
    expect(currentReviewCycle("2026-06-17")).toEqual(c2028);
    expect(currentReviewCycle("2026-11-25")).toEqual(c2028);
    expect(currentReviewCycle("2028-02-29")).toEqual(c2028);
    expect(currentReviewCycle("2028-06-17")).toEqual(c2030);
  });

  it("reviewCyclesThrough lists every cycle started by the day, oldest first", () => {
    expect(reviewCyclesThrough("2024-06-16")).toEqual([]);
    expect(reviewCyclesThrough("2024-06-17")).toEqual([c2026]);
    expect(reviewCyclesThrough("2026-06-16")).toEqual([c2026]);
    expect(reviewCyclesThrough("2026-06-17")).toEqual([c2026, c2028]);
    expect(reviewCyclesThrough("2026-11-25")).toEqual([c2026, c2028]);
    expect(reviewCyclesThrough("2028-06-17")).toEqual([c2026, c2028, c2030]);
  });
});

describe("reviewStatusOn", () => {
  const notClosed = { openDaysBefore: DEFAULT_REVIEW_OPEN_DAYS_BEFORE, closedOn: null };

  it("opens 60 days before the due date by default", () => {
    expect(DEFAULT_REVIEW_OPEN_DAYS_BEFORE).toBe(60);
    expect(reviewOpensOn(c2026)).toBe("2026-04-18");
  });
  it("is upcoming before, open from 60 days before to the due date, overdue after", () => {
    expect(reviewStatusOn(c2026, "2025-01-01", notClosed)).toBe("upcoming");
    // 2026-04-17 is 61 days before 2026-06-17
    expect(reviewStatusOn(c2026, "2026-04-17", notClosed)).toBe("upcoming");
    expect(reviewStatusOn(c2026, "2026-04-18", notClosed)).toBe("open");
    expect(reviewStatusOn(c2026, "2026-06-16", notClosed)).toBe("open");
    expect(reviewStatusOn(c2026, "2026-06-17", notClosed)).toBe("open");
    expect(reviewStatusOn(c2026, "2026-06-18", notClosed)).toBe("overdue");
    expect(reviewStatusOn(c2026, "2026-11-25", notClosed)).toBe("overdue");
  });
  it("on 2026-11-25 the 2026 cycle is overdue and the 2028 one upcoming", () => {
    const statuses = reviewCyclesThrough("2026-11-25").map((c) => [
      c.dueOn,
      reviewStatusOn(c, "2026-11-25", notClosed),
    ]);
    expect(statuses).toEqual([
      ["2026-06-17", "overdue"],
      ["2028-06-17", "upcoming"],
    ]);
  });
  it("honours a different opening window and the default", () => {
    expect(reviewStatusOn(c2026, "2026-04-17", { openDaysBefore: 61, closedOn: null })).toBe(
      "open",
    );
    expect(reviewStatusOn(c2026, "2026-04-18", { closedOn: null })).toBe("open");
    expect(reviewStatusOn(c2026, "2026-04-17", { closedOn: null })).toBe("upcoming");
  });
  it("is open from an early opening date", () => {
    const opts = { ...notClosed, openedOn: "2026-01-10" };
    expect(reviewStatusOn(c2026, "2026-01-09", opts)).toBe("upcoming");
    expect(reviewStatusOn(c2026, "2026-01-10", opts)).toBe("open");
  });
  it("is closed from the closing date, even before or after the due date", () => {
    const early = { ...notClosed, closedOn: "2026-06-10" };
    expect(reviewStatusOn(c2026, "2026-06-09", early)).toBe("open");
    expect(reviewStatusOn(c2026, "2026-06-10", early)).toBe("closed");
    const late = { ...notClosed, closedOn: "2026-07-01" };
    expect(reviewStatusOn(c2026, "2026-06-30", late)).toBe("overdue");
    expect(reviewStatusOn(c2026, "2026-07-01", late)).toBe("closed");
    expect(reviewStatusOn(c2026, "2026-11-25", late)).toBe("closed");
  });
});
