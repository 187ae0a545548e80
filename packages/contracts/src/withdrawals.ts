// Withdrawal by written declaration (MoU, duration clause): filed as a draft with the council
// decision, the signed declaration attached as a PDF, then notified to the other parties.
// Notified on N: a party through N + 15 (`lastDayAsParty`), former from N + 16
// (`effectiveOn`), as the Civil Code counts days. A revocation ("rescind") is the
// municipality's own act, with its decision and PDF, possible through `lastDayAsParty`.
import { z } from "zod";
import { documentInfo } from "./accessions.ts";
import { commaList, instant, isoDate } from "./common.ts";
import { withdrawalStatus } from "./enums.ts";

export const WITHDRAWAL_REASON_MAX = 4000;

/** "N/YYYY", e.g. "57/2026". */
export const decisionNumber = z
  .string()
  .trim()
  .regex(/^\d{1,6}\/\d{4}$/, "Expected a decision number as N/YYYY, e.g. 57/2026");

/**
 * An ΑΔΑ (Diavgeia posting code), optional. Its shape is a rule checked by the API (422
 * ADA_INVALID, with `isValidAda` from @cni/domain/council-decision) and by the form.
 */
export const optionalAda = z
  .string()
  .trim()
  .max(50)
  .optional()
  .transform((v) => (v ? v : undefined));

export const withdrawalCouncilDecisionInput = z.object({
  number: decisionNumber,
  /** The date of the council decision to withdraw (not in the future). */
  date: isoDate,
  diavgeiaAda: optionalAda,
});

/** POST /api/withdrawals → 201 draft. */
export const withdrawalCreate = z
  .object({
    municipalityId: z.string().trim().min(1).max(100),
    councilDecision: withdrawalCouncilDecisionInput,
    reason: z.string().trim().max(WITHDRAWAL_REASON_MAX).optional(),
  })
  .meta({ id: "WithdrawalCreate" });
export type WithdrawalCreate = z.input<typeof withdrawalCreate>;

/**
 * POST /api/withdrawals/:id/notify. Defaults to today (Athens); a coordinator recording a
 * notification made on paper may give an earlier day, never before the decision's date.
 */
export const withdrawalNotify = z
  .object({ notifiedOn: isoDate.optional() })
  .meta({ id: "WithdrawalNotify" });
export type WithdrawalNotify = z.input<typeof withdrawalNotify>;

/** The fields of POST /api/withdrawals/:id/rescind (multipart, with `file`, the decision's PDF). */
export const withdrawalRescindFields = z.object({
  decisionNumber,
  decisionDate: isoDate,
  diavgeiaAda: optionalAda,
});
export type WithdrawalRescindFields = z.input<typeof withdrawalRescindFields>;

/** The kinds of document a withdrawal takes (multipart query `kind`); the first is the default. */
export const WITHDRAWAL_DOCUMENT_KINDS = ["withdrawal_declaration", "other"] as const;
/** The revoking decision's PDF, stored by the rescind act itself. */
export const RESCISSION_DOCUMENT_KIND = "rescission_decision";

export const withdrawalDocument = documentInfo
  .extend({ kind: z.enum([...WITHDRAWAL_DOCUMENT_KINDS, RESCISSION_DOCUMENT_KIND]) })
  .meta({ id: "WithdrawalDocument" });

export const withdrawal = z
  .object({
    id: z.string(),
    municipalityId: z.string(),
    municipality: z.object({ nameEl: z.string(), nameEn: z.string() }),
    /** As of today, or as of `asOf`. */
    status: withdrawalStatus,
    councilDecision: z.object({
      /** Null only on withdrawals recorded before the number was asked for. */
      number: z.string().nullable(),
      date: isoDate,
      diavgeiaAda: z.string().nullable(),
    }),
    /** Null while a draft. */
    notifiedOn: isoDate.nullable(),
    /** The last day the municipality is a party: notifiedOn + 15. */
    lastDayAsParty: isoDate.nullable(),
    /** The first day it is no longer a party (former): notifiedOn + 16. */
    effectiveOn: isoDate.nullable(),
    reason: z.string().nullable(),
    /** The revocation, when the municipality revoked its declaration. */
    rescission: z
      .object({
        on: isoDate,
        decisionNumber: z.string().nullable(),
        decisionDate: isoDate.nullable(),
        diavgeiaAda: z.string().nullable(),
      })
      .nullable(),
    /** Calendar days from the status date to `effectiveOn` (0 unless pending). */
    daysUntilEffective: z.number().int(),
    createdAt: instant,
    documents: z.array(withdrawalDocument),
    /** Notices sent to the other parties (notification and revocation), one per recipient. */
    notices: z.object({
      filed: z.number().int(),
      rescinded: z.number().int(),
      acknowledged: z.number().int(),
    }),
  })
  .meta({ id: "Withdrawal" });
export type Withdrawal = z.infer<typeof withdrawal>;

export const withdrawalListQuery = z.object({
  status: commaList(withdrawalStatus).optional(),
  municipalityId: z.string().max(100).optional(),
  asOf: isoDate.optional(),
});
export type WithdrawalListQuery = z.input<typeof withdrawalListQuery>;

export const withdrawalList = z.object({ items: z.array(withdrawal), total: z.number().int() });
export type WithdrawalList = z.infer<typeof withdrawalList>;

export const withdrawalGetQuery = z.object({ asOf: isoDate.optional() });

/** Stable codes of the 409/422 answers, so clients can explain them. */
export const WITHDRAWAL_ERROR_CODES = [
  "ADA_INVALID",
  "DECISION_IN_FUTURE",
  "DOCUMENT_REQUIRED",
  "NOTIFIED_IN_FUTURE",
  "NOTIFIED_BEFORE_DECISION",
  "NOTIFIED_IN_PAST_COORDINATOR_ONLY",
  "NOT_A_PARTY",
  "WITHDRAWAL_NOT_DRAFT",
  "WITHDRAWAL_PENDING",
  "WITHDRAWAL_OVERLAPS",
  "WITHDRAWAL_NOT_NOTIFIED",
  "WITHDRAWAL_ALREADY_EFFECTIVE",
  "WITHDRAWAL_ALREADY_RESCINDED",
  "RESCISSION_BEFORE_DECISION",
  "DECISION_NUMBER_INVALID",
] as const;
