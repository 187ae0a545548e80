// Amendment proposals to the MoU (MoU rule 6) and their register.
import { z } from "zod";
import { idParams, instant } from "./common.ts";
import { amendmentStatus, role } from "./enums.ts";

export const amendmentIdParams = idParams;

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

/** The statuses a coordinator can set; `withdrawn` is the proposer's own action. */
export const DECISION_STATUSES = ["under_discussion", "adopted", "rejected"] as const;

export const amendmentStatusBody = z
  .object({
    status: z.enum(DECISION_STATUSES),
    note: z.string().trim().max(AMENDMENT_TEXT_MAX).optional(),
  })
  .superRefine((value, ctx) => {
    if ((value.status === "adopted" || value.status === "rejected") && !value.note) {
      ctx.addIssue({
        code: "custom",
        path: ["note"],
        message: "A note is required to adopt or reject a proposal",
      });
    }
  });
export type AmendmentStatusBody = z.input<typeof amendmentStatusBody>;

export const commentBody = z.object({ body: z.string().trim().min(1).max(COMMENT_MAX) });
export type CommentBody = z.input<typeof commentBody>;

const person = z.object({ id: z.string(), name: z.string() });

export const amendmentStatusChange = z.object({
  status: amendmentStatus,
  note: z.string().nullable(),
  at: instant,
  by: person.nullable(),
});
export type AmendmentStatusChange = z.infer<typeof amendmentStatusChange>;

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

export const amendment = z
  .object({
    id: z.string(),
    title: z.string(),
    clause: z.string(),
    proposedText: z.string(),
    rationale: z.string(),
    status: amendmentStatus,
    decisionNote: z.string().nullable(),
    municipalityId: z.string(),
    municipalityNameEl: z.string(),
    municipalityNameEn: z.string(),
    proposer: person,
    createdAt: instant,
    updatedAt: instant,
    /** Oldest first; the first entry is the proposal itself. */
    history: z.array(amendmentStatusChange),
    commentCount: z.number().int(),
  })
  .meta({ id: "Amendment" });
export type Amendment = z.infer<typeof amendment>;

export const amendmentList = z.object({ items: z.array(amendment), total: z.number().int() });
export type AmendmentList = z.infer<typeof amendmentList>;

export const amendmentDetail = amendment
  .extend({ comments: z.array(amendmentComment) })
  .meta({ id: "AmendmentDetail" });
export type AmendmentDetail = z.infer<typeof amendmentDetail>;
