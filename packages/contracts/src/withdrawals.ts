// Withdrawal declarations (MoU rule 4): effective 15 calendar days after notification to
// the other parties. Status is derived from dates as of a day (no cron).
import { z } from "zod";
import { documentInfo } from "./accessions.ts";
import { commaList, instant, isoDate } from "./common.ts";
import { withdrawalStatus } from "./enums.ts";

export const WITHDRAWAL_REASON_MAX = 4000;

export const withdrawalCreate = z
  .object({
    municipalityId: z.string().trim().min(1).max(100),
    /** The date of the written declaration (not in the future). */
    declaredOn: isoDate,
    /**
     * When it was notified to the other parties. Defaults to today; only a coordinator may
     * record an earlier day (a notification made on paper). Never in the future, never
     * before `declaredOn`.
     */
    notifiedOn: isoDate.optional(),
    reason: z.string().trim().max(WITHDRAWAL_REASON_MAX).optional(),
  })
  .meta({ id: "WithdrawalCreate" });
export type WithdrawalCreate = z.input<typeof withdrawalCreate>;

/** The kinds of document a withdrawal takes (multipart field `kind`); the first is the default. */
export const WITHDRAWAL_DOCUMENT_KINDS = ["withdrawal_declaration", "other"] as const;

export const withdrawal = z
  .object({
    id: z.string(),
    municipalityId: z.string(),
    municipality: z.object({ nameEl: z.string(), nameEn: z.string() }),
    /** As of today, or as of `asOf` when the list was asked for one. */
    status: withdrawalStatus,
    declaredOn: isoDate,
    notifiedOn: isoDate,
    effectiveOn: isoDate,
    rescindedOn: isoDate.nullable(),
    reason: z.string().nullable(),
    /** Calendar days from the status date to `effectiveOn` (0 once effective or rescinded). */
    daysUntilEffective: z.number().int(),
    createdAt: instant,
    documents: z.array(documentInfo),
    /** The notices sent about this withdrawal (filing and rescission), one per recipient. */
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
  "DECLARED_IN_FUTURE",
  "NOTIFIED_IN_FUTURE",
  "NOTIFIED_BEFORE_DECLARED",
  "NOTIFIED_IN_PAST_COORDINATOR_ONLY",
  "NOT_A_MEMBER",
  "WITHDRAWAL_PENDING",
  "WITHDRAWAL_OVERLAPS",
  "WITHDRAWAL_ALREADY_EFFECTIVE",
  "WITHDRAWAL_ALREADY_RESCINDED",
] as const;
