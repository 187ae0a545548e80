// Amendments to the MoU: proposed by a party's representative, circulated by the
// secretariat to the parties (frozen on that day), answered by each party's council decision;
// the outcome is computed from the answers (packages/domain amendment-outcome.ts).
import { CONSENT_ANSWERS } from "@cni/domain/amendment-outcome";
import { z } from "zod";
import { idParams, instant, isoDate } from "./common.ts";
import { amendmentStatus, role } from "./enums.ts";

export const amendmentIdParams = idParams;
export const consentParams = z.object({
  id: z.string().min(1).max(100),
  municipalityId: z.string().min(1).max(100),
});

export const AMENDMENT_TITLE_MAX = 200;
export const AMENDMENT_TEXT_MAX = 20_000;
export const COMMENT_MAX = 5_000;

export const amendmentBody = z.object({
  title: z.string().trim().min(3).max(AMENDMENT_TITLE_MAX),
  /** The id of the MoU clause concerned (see GET /api/mou), e.g. "art-5"; "new" adds a clause. */
  clause: z.string().trim().min(1).max(40),
  proposedText: z.string().trim().min(1).max(AMENDMENT_TEXT_MAX),
  rationale: z.string().trim().min(1).max(AMENDMENT_TEXT_MAX),
});
export type AmendmentBody = z.input<typeof amendmentBody>;

/** The only status change left to a person: the proposer withdraws the proposal. */
export const amendmentStatusBody = z.object({
  status: z.literal("withdrawn"),
  note: z.string().trim().max(AMENDMENT_TEXT_MAX).optional(),
});
export type AmendmentStatusBody = z.input<typeof amendmentStatusBody>;

export const commentBody = z.object({ body: z.string().trim().min(1).max(COMMENT_MAX) });
export type CommentBody = z.input<typeof commentBody>;

export const consentAnswer = z.enum(CONSENT_ANSWERS);
export type ConsentAnswerValue = z.infer<typeof consentAnswer>;

/**
 * The text fields of PUT /api/amendments/:id/consents/:municipalityId (multipart/form-data,
 * with the council decision's PDF as `file`).
 */
export const consentFields = z.object({
  answer: consentAnswer,
  decisionNumber: z.string().trim().min(1).max(40),
  decisionDate: isoDate,
  diavgeiaAda: z
    .string()
    .trim()
    .max(40)
    .optional()
    .transform((v) => (v ? v : undefined)),
});
export type ConsentFields = z.input<typeof consentFields>;

const person = z.object({ id: z.string(), name: z.string() });

export const AMENDMENT_EVENTS = [
  "proposed",
  "circulated",
  "reminded",
  "adopted",
  "not_adopted",
  "withdrawn",
  // marks a coordinator set before the consent register existed (kept as a record only)
  "pre_register_under_discussion",
  "pre_register_adopted",
  "pre_register_rejected",
] as const;
export const amendmentEvent = z.enum(AMENDMENT_EVENTS);

export const amendmentHistoryEntry = z.object({
  event: amendmentEvent,
  note: z.string().nullable(),
  at: instant,
  by: person.nullable(),
});
export type AmendmentHistoryEntry = z.infer<typeof amendmentHistoryEntry>;

export const amendmentComment = z.object({
  id: z.string(),
  body: z.string(),
  createdAt: instant,
  author: person.extend({
    role,
    municipalityId: z.string().nullable(),
    municipalityNameEl: z.string().nullable(),
    municipalityNameEn: z.string().nullable(),
  }),
});
export type AmendmentComment = z.infer<typeof amendmentComment>;

export const answerCounts = z.object({
  parties: z.number().int(),
  consented: z.number().int(),
  refused: z.number().int(),
  pending: z.number().int(),
  droppedOut: z.number().int(),
});

export const amendment = z
  .object({
    id: z.string(),
    title: z.string(),
    clause: z.string(),
    proposedText: z.string(),
    rationale: z.string(),
    /** Computed from the parties' answers as of today; never set by anyone. */
    status: amendmentStatus,
    circulatedOn: isoDate.nullable(),
    /** The date of the consent (or drop-out) that completed it. */
    adoptedOn: isoDate.nullable(),
    /** The date of the first refusal. */
    notAdoptedOn: isoDate.nullable(),
    /** A mark a coordinator set before the consent register: a record, not an outcome. */
    preRegisterDecision: z.enum(["adopted", "rejected"]).nullable(),
    decisionNote: z.string().nullable(),
    municipalityId: z.string(),
    municipalityNameEl: z.string(),
    municipalityNameEn: z.string(),
    proposer: person,
    createdAt: instant,
    updatedAt: instant,
    /** Oldest first; the first entry is the proposal itself. */
    history: z.array(amendmentHistoryEntry),
    commentCount: z.number().int(),
    answers: answerCounts,
  })
  .meta({ id: "Amendment" });
export type Amendment = z.infer<typeof amendment>;

export const amendmentList = z.object({ items: z.array(amendment), total: z.number().int() });
export type AmendmentList = z.infer<typeof amendmentList>;

export const consentRecord = z
  .object({
    id: z.string(),
    municipalityId: z.string(),
    answer: consentAnswer,
    decisionNumber: z.string(),
    decisionDate: isoDate,
    diavgeiaAda: z.string().nullable(),
    /** https://diavgeia.gov.gr/decision/view/<ΑΔΑ> when an ΑΔΑ was given. */
    diavgeiaUrl: z.string().nullable(),
    document: z.object({ id: z.string(), filename: z.string(), size: z.number().int() }),
    recordedAt: instant,
    recordedBy: person,
    /** Entered by a coordinator recording the party's decision (not by the party itself). */
    recordedByCoordinator: z.boolean(),
  })
  .meta({ id: "AmendmentConsent" });
export type ConsentRecord = z.infer<typeof consentRecord>;

export const PARTY_ANSWER_STATES = ["consented", "refused", "pending", "dropped_out"] as const;

export const partyAnswer = z.object({
  municipalityId: z.string(),
  nameEl: z.string(),
  nameEn: z.string(),
  state: z.enum(PARTY_ANSWER_STATES),
  /** When dropped out: the first day it was no longer a party. */
  leftOn: isoDate.nullable(),
  /** The answer in force (the latest decision), if any. */
  answer: consentRecord.nullable(),
  /** Earlier decisions replaced by a change of answer, oldest first. */
  earlier: z.array(consentRecord),
});
export type PartyAnswer = z.infer<typeof partyAnswer>;

export const amendmentDetail = amendment
  .extend({
    /** Hidden (empty) unless the caller is a coordinator or an account of a party. */
    comments: z.array(amendmentComment),
    /** The parties frozen on circulation, with their answers; empty until circulated. */
    parties: z.array(partyAnswer),
    /** Parties today that joined after circulation: not asked. */
    joinedAfterCirculation: z.array(
      z.object({ municipalityId: z.string(), nameEl: z.string(), nameEn: z.string() }),
    ),
  })
  .meta({ id: "AmendmentDetail" });
export type AmendmentDetail = z.infer<typeof amendmentDetail>;

export const reminderResult = z.object({ reminded: z.array(z.string()) });
export type ReminderResult = z.infer<typeof reminderResult>;
