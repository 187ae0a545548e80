// The withdrawal form: the contract's body (packages/contracts) as the form holds it —
// dates as the strings of date fields, an empty notification date meaning "today" — with
// the date rules checked before sending. Messages are keys of `withdrawals:validation`.

import { MAX_DOCUMENT_BYTES } from "@cni/contracts/accessions";
import { WITHDRAWAL_REASON_MAX, withdrawalCreate } from "@cni/contracts/withdrawals";
import { isIsoDate } from "@cni/domain/dates";
import { z } from "zod";

export function withdrawalFormSchema(today: string) {
  return withdrawalCreate
    .extend({
      municipalityId: z.string().min(1, "municipalityRequired"),
      declaredOn: z.string().min(1, "required").refine(isIsoDate, "invalidDate"),
      notifiedOn: z.string().refine((v) => v === "" || isIsoDate(v), "invalidDate"),
      reason: z.string().max(WITHDRAWAL_REASON_MAX, "reasonTooLong"),
      file: z
        .instanceof(File)
        .nullable()
        .refine(
          (f) => !f || f.type === "application/pdf" || f.name.toLowerCase().endsWith(".pdf"),
          "notPdf",
        )
        .refine((f) => !f || f.size <= MAX_DOCUMENT_BYTES, "tooLarge"),
    })
    .superRefine((v, ctx) => {
      if (isIsoDate(v.declaredOn) && v.declaredOn > today) {
        ctx.addIssue({ code: "custom", path: ["declaredOn"], message: "declaredInFuture" });
      }
      const notifiedOn = v.notifiedOn || today;
      if (!isIsoDate(notifiedOn)) return;
      if (notifiedOn > today) {
        ctx.addIssue({ code: "custom", path: ["notifiedOn"], message: "notifiedInFuture" });
      } else if (isIsoDate(v.declaredOn) && notifiedOn < v.declaredOn) {
        ctx.addIssue({ code: "custom", path: ["notifiedOn"], message: "notifiedBeforeDeclared" });
      }
    });
}

export type WithdrawalFormValues = z.input<ReturnType<typeof withdrawalFormSchema>>;

/** The request body (parsed with the contract's own schema). */
export function toWithdrawalCreate(values: WithdrawalFormValues, today: string) {
  return withdrawalCreate.parse({
    municipalityId: values.municipalityId,
    declaredOn: values.declaredOn,
    notifiedOn: values.notifiedOn && values.notifiedOn !== today ? values.notifiedOn : undefined,
    reason: values.reason.trim() || undefined,
  });
}
