import { describe, expect, it } from "vitest";
import {
  notifiedOnProblem,
  rescindFormSchema,
  toWithdrawalCreate,
  withdrawalFormSchema,
} from "./form-schema";

const today = "2026-11-30";
const valid = {
  municipalityId: "larissa",
  councilDecision: { number: "57/2026", date: "2026-10-01", diavgeiaAda: "" },
  reason: "",
};
/** The rules' codes (each worded by `withdrawals:validation.<code>`). */
const messages = (result: { success: boolean; error?: { issues: unknown[] } }) =>
  result.success
    ? []
    : (result.error?.issues.map((i) => (i as { params?: { code?: string } }).params?.code) ?? []);

describe("withdrawalFormSchema", () => {
  it("accepts a decision of this year and builds the contract's body", () => {
    expect(withdrawalFormSchema(today).safeParse(valid).success).toBe(true);
    expect(toWithdrawalCreate(valid)).toEqual({
      municipalityId: "larissa",
      councilDecision: { number: "57/2026", date: "2026-10-01" },
    });
  });
  it.each([
    [{ number: "57", date: "2026-10-01", diavgeiaAda: "" }, "decisionNumberShape"],
    [{ number: "57/2025", date: "2026-10-01", diavgeiaAda: "" }, "decisionNumberYear"],
    [{ number: "57/2026", date: "2026-12-01", diavgeiaAda: "" }, "decisionInFuture"],
    [{ number: "57/2026", date: "2026-10-01", diavgeiaAda: "ABC" }, "adaInvalid"],
  ])("%j → %s", (councilDecision, message) => {
    expect(messages(withdrawalFormSchema(today).safeParse({ ...valid, councilDecision }))).toEqual([
      message,
    ]);
  });
  it("accepts an ΑΔΑ typed with Latin look-alikes", () => {
    const councilDecision = { ...valid.councilDecision, diavgeiaAda: "Ψ4KPΩΛ7-BΦH" };
    expect(withdrawalFormSchema(today).safeParse({ ...valid, councilDecision }).success).toBe(true);
  });
});

describe("rescindFormSchema", () => {
  const file = new File(["%PDF-1.4"], "ανάκληση.pdf", { type: "application/pdf" });
  const decision = { number: "88/2026", date: "2026-11-02", diavgeiaAda: "" };
  it("needs the decision's PDF, not before the decision to withdraw", () => {
    const schema = rescindFormSchema(today, "2026-10-01");
    expect(schema.safeParse({ decision, file }).success).toBe(true);
    expect(messages(schema.safeParse({ decision, file: null }))).toContain("fileRequired");
    expect(
      messages(schema.safeParse({ decision: { ...decision, date: "2026-09-30" }, file })),
    ).toEqual(["rescissionBeforeDecision"]);
  });
});

describe("notifiedOnProblem", () => {
  it.each([
    ["2026-10-20", null],
    ["2026-12-01", "notifiedInFuture"],
    ["2026-09-30", "notifiedBeforeDecision"],
    ["", "invalidDate"],
  ])("%s → %s", (notifiedOn, problem) =>
    expect(notifiedOnProblem(notifiedOn, today, "2026-10-01")).toBe(problem),
  );
});
