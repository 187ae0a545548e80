import { describe, expect, it } from "vitest";
import { toWithdrawalCreate, withdrawalFormSchema } from "./form-schema";

const today = "2026-11-25";
const schema = withdrawalFormSchema(today);
const base = {
  municipalityId: "larissa",
  declaredOn: today,
  notifiedOn: "",
  reason: "",
  file: null,
};

const issues = (values: Record<string, unknown>) => {
  const result = schema.safeParse({ ...base, ...values });
  return result.success ? [] : result.error.issues.map((i) => [i.path.join("."), i.message]);
};

describe("withdrawal form rules (before sending)", () => {
  it("accepts today's declaration, notified today", () => expect(issues({})).toEqual([]));

  it.each([
    [{ declaredOn: "" }, ["declaredOn", "required"]],
    [{ declaredOn: "2026-02-30" }, ["declaredOn", "invalidDate"]],
    [{ declaredOn: "2026-11-26" }, ["declaredOn", "declaredInFuture"]],
    [{ notifiedOn: "2026-11-26" }, ["notifiedOn", "notifiedInFuture"]],
    [
      { declaredOn: "2026-11-20", notifiedOn: "2026-11-19" },
      ["notifiedOn", "notifiedBeforeDeclared"],
    ],
    [{ municipalityId: "" }, ["municipalityId", "municipalityRequired"]],
    [{ reason: "x".repeat(4001) }, ["reason", "reasonTooLong"]],
  ])("%j → %j", (values, issue) => expect(issues(values)).toContainEqual(issue));

  it("an empty notification date means today: a declaration dated today is fine", () => {
    expect(issues({ declaredOn: today, notifiedOn: "" })).toEqual([]);
  });
});

describe("toWithdrawalCreate", () => {
  it("leaves out today's notification date and an empty reason (the server defaults)", () => {
    expect(toWithdrawalCreate({ ...base, notifiedOn: today, reason: "  " }, today)).toEqual({
      municipalityId: "larissa",
      declaredOn: today,
    });
  });

  it("sends an earlier (paper) notification date and the trimmed reason", () => {
    expect(
      toWithdrawalCreate(
        { ...base, declaredOn: "2026-11-01", notifiedOn: "2026-11-02", reason: " Λόγοι " },
        today,
      ),
    ).toEqual({
      municipalityId: "larissa",
      declaredOn: "2026-11-01",
      notifiedOn: "2026-11-02",
      reason: "Λόγοι",
    });
  });
});
