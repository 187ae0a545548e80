// The withdrawal forms as they hold their values (dates as the strings of date fields), with
// the rules checked before sending. Each rule names itself by a code (`params.code`) that
// the one form-error mapper (lib/form-errors) words from `withdrawals:validation.<code>`.
import { MAX_DOCUMENT_BYTES } from "@cni/contracts/accessions";
import { WITHDRAWAL_REASON_MAX, withdrawalCreate } from "@cni/contracts/withdrawals";
import { isValidAda } from "@cni/domain/council-decision";
import { isIsoDate } from "@cni/domain/dates";
import { z } from "zod";

const DECISION_NUMBER = /^\d{1,6}\/(\d{4})$/;

/** A rule worded by `withdrawals:validation.<code>`. */
const rule = (code: string) => ({ params: { code } });
const filled = (value: string) => value.length > 0;

/** A council decision as typed: "N/YYYY" of the decision's year, a past date, an ΑΔΑ or nothing. */
function decisionFields(today: string) {
  return z
    .object({
      number: z.string().trim().refine(filled, rule("required")),
      date: z.string().refine(filled, rule("required")).refine(isIsoDate, rule("invalidDate")),
      diavgeiaAda: z.string().trim(),
    })
    .superRefine((v, ctx) => {
      const year = DECISION_NUMBER.exec(v.number)?.[1];
      if (v.number && !year) {
        ctx.addIssue({ code: "custom", path: ["number"], ...rule("decisionNumberShape") });
      } else if (year && isIsoDate(v.date) && year !== v.date.slice(0, 4)) {
        ctx.addIssue({ code: "custom", path: ["number"], ...rule("decisionNumberYear") });
      }
      if (isIsoDate(v.date) && v.date > today) {
        ctx.addIssue({ code: "custom", path: ["date"], ...rule("decisionInFuture") });
      }
      if (v.diavgeiaAda && !isValidAda(v.diavgeiaAda)) {
        ctx.addIssue({ code: "custom", path: ["diavgeiaAda"], ...rule("adaInvalid") });
      }
    });
}

export const pdfFile = z
  .custom<File>((value) => value instanceof File, rule("fileRequired"))
  .nullable()
  .refine((f) => f !== null, rule("fileRequired"))
  .refine(
    (f) => !f || f.type === "application/pdf" || f.name.toLowerCase().endsWith(".pdf"),
    rule("notPdf"),
  )
  .refine((f) => !f || f.size <= MAX_DOCUMENT_BYTES, rule("tooLarge"));

export function withdrawalFormSchema(today: string) {
  return z.object({
    municipalityId: z.string().refine(filled, rule("municipalityRequired")),
    councilDecision: decisionFields(today),
    reason: z.string().refine((v) => v.length <= WITHDRAWAL_REASON_MAX, rule("reasonTooLong")),
  });
}
export type WithdrawalFormValues = z.input<ReturnType<typeof withdrawalFormSchema>>;

/** The request body (parsed with the contract's own schema). */
export function toWithdrawalCreate(values: WithdrawalFormValues) {
  return withdrawalCreate.parse({
    municipalityId: values.municipalityId,
    councilDecision: {
      number: values.councilDecision.number.trim(),
      date: values.councilDecision.date,
      diavgeiaAda: values.councilDecision.diavgeiaAda.trim() || undefined,
    },
    reason: values.reason.trim() || undefined,
  });
}

/** The revocation: the municipality's new council decision and its PDF. */
export function rescindFormSchema(today: string, withdrawalDecisionDate: string) {
  return z.object({ decision: decisionFields(today), file: pdfFile }).superRefine((v, ctx) => {
    if (isIsoDate(v.decision.date) && v.decision.date < withdrawalDecisionDate) {
      ctx.addIssue({
        code: "custom",
        path: ["decision", "date"],
        ...rule("rescissionBeforeDecision"),
      });
    }
  });
}
export type RescindFormValues = z.input<ReturnType<typeof rescindFormSchema>>;

/** The notification date: not in the future, not before the council decision. */
export function notifiedOnProblem(notifiedOn: string, today: string, decisionDate: string) {
  if (!isIsoDate(notifiedOn)) return "invalidDate";
  if (notifiedOn > today) return "notifiedInFuture";
  if (notifiedOn < decisionDate) return "notifiedBeforeDecision";
  return null;
}
