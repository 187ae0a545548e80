// The withdrawal forms' errors, as a user sees them under el: every rule worded from
// `withdrawals:validation` by the one form-error mapper, never a key or English.
import i18next from "i18next";
import { beforeAll, describe, expect, it } from "vitest";
import { formResolver } from "@/lib/form-errors";
import elForms from "../../../locales/el/forms.json";
import elWithdrawals from "../../../locales/el/withdrawals.json";
import { rescindFormSchema, withdrawalFormSchema } from "./form-schema";

const i18n = i18next.createInstance();
beforeAll(async () => {
  await i18n.init({
    lng: "el",
    resources: { el: { withdrawals: elWithdrawals, forms: elForms } },
    interpolation: { escapeValue: false },
  });
});

const greek = elWithdrawals.validation;
const today = "2026-11-30";

async function messages(
  schema: Parameters<typeof formResolver>[0],
  values: Record<string, unknown>,
): Promise<Record<string, unknown>> {
  const resolve = formResolver(
    schema,
    i18n.getFixedT("el", "withdrawals"),
    "withdrawals:validation",
  );
  const options = { fields: {}, shouldUseNativeValidation: false };
  const { errors } = await resolve(values as never, undefined, options);
  const flat: Record<string, unknown> = {};
  const walk = (node: unknown, path: string[]) => {
    if (!node || typeof node !== "object") return;
    const { message } = node as { message?: unknown };
    if (typeof message === "string") flat[path.join(".")] = message;
    else for (const [key, child] of Object.entries(node)) walk(child, [...path, key]);
  };
  walk(errors, []);
  return flat;
}

describe("the withdrawal forms' errors under el", () => {
  it("words an empty declaration's fields in Greek", async () => {
    expect(
      await messages(withdrawalFormSchema(today), {
        municipalityId: "",
        councilDecision: { number: "", date: "", diavgeiaAda: "ABC" },
        reason: "x".repeat(4001),
      }),
    ).toEqual({
      municipalityId: greek.municipalityRequired,
      "councilDecision.number": greek.required,
      "councilDecision.date": greek.required,
      "councilDecision.diavgeiaAda": greek.adaInvalid,
      reason: greek.reasonTooLong,
    });
  });

  it("words the decision's rules and the missing PDF of a revocation in Greek", async () => {
    expect(
      await messages(rescindFormSchema(today, "2026-10-01"), {
        decision: { number: "57", date: "2026-09-30", diavgeiaAda: "" },
        file: null,
      }),
    ).toEqual({
      "decision.number": greek.decisionNumberShape,
      "decision.date": greek.rescissionBeforeDecision,
      file: greek.fileRequired,
    });
  });
});
