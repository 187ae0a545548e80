// Biennial reviews (the MoU's «ανά διετία»; cycles, scores and report are the network's
// practice): cycles, evaluations and the review report.
import { z } from "zod";
import { instant, isoDate } from "./common.ts";
import { activityType, pillar, reviewStatus, withdrawalStatus } from "./enums.ts";

/** `?asOf=` lets callers (and tests) see the reviews as they stood on a day; default today. */
export const reviewAsOfQuery = z.object({ asOf: isoDate.optional() });

export const reviewDueOnParams = z.object({ dueOn: isoDate });
export const reviewEvaluationParams = z.object({
  dueOn: isoDate,
  municipalityId: z.string().min(1).max(100),
});

export const reviewSummary = z
  .object({
    dueOn: isoDate,
    periodStart: isoDate,
    periodEnd: isoDate,
    status: reviewStatus,
    /** The first day evaluations can be submitted without the coordinators opening it early. */
    opensOn: isoDate,
    /** Participants: municipalities that were parties on at least one day of the period. */
    expected: z.number().int(),
    submitted: z.number().int(),
    openedAt: instant.nullable(),
    closedAt: instant.nullable(),
  })
  .meta({ id: "ReviewSummary" });
export type ReviewSummary = z.infer<typeof reviewSummary>;

export const reviewList = z.array(reviewSummary);

export const reviewParticipant = z.object({
  municipalityId: z.string(),
  nameEl: z.string(),
  nameEn: z.string(),
  submitted: z.boolean(),
  submittedAt: instant.nullable(),
  updatedAt: instant.nullable(),
});
export type ReviewParticipant = z.infer<typeof reviewParticipant>;

export const reviewDetail = reviewSummary
  .extend({
    /**
     * Coordinators see every participant; officers and representatives only their own
     * municipality (when it is a participant).
     */
    participants: z.array(reviewParticipant),
    /** The caller's own municipality in this cycle (null for coordinators). */
    own: z
      .object({
        municipalityId: z.string(),
        participant: z.boolean(),
        submitted: z.boolean(),
        /** Whether the caller may submit or edit the evaluation now. */
        canSubmit: z.boolean(),
      })
      .nullable(),
  })
  .meta({ id: "ReviewDetail" });
export type ReviewDetail = z.infer<typeof reviewDetail>;

export const SCORE_MIN = 1;
export const SCORE_MAX = 5;
export const score = z.number().int().min(SCORE_MIN).max(SCORE_MAX);
export const EVALUATION_TEXT_MAX = 10_000;

export const evaluationScores = z.object({
  employability: score,
  municipal_structures: score,
  inclusion: score,
});
export type EvaluationScores = z.infer<typeof evaluationScores>;

export const evaluationBody = z.object({
  scores: evaluationScores,
  achievements: z.string().trim().min(1).max(EVALUATION_TEXT_MAX),
  challenges: z.string().trim().min(1).max(EVALUATION_TEXT_MAX),
  /** Proposals are optional: a member may have none. */
  proposals: z.string().trim().max(EVALUATION_TEXT_MAX).default(""),
});
export type EvaluationBody = z.input<typeof evaluationBody>;
export type EvaluationInput = z.output<typeof evaluationBody>;

export const evaluation = z
  .object({
    id: z.string(),
    dueOn: isoDate,
    municipalityId: z.string(),
    scores: evaluationScores,
    achievements: z.string(),
    challenges: z.string(),
    proposals: z.string(),
    submittedAt: instant,
    updatedAt: instant,
  })
  .meta({ id: "Evaluation" });
export type Evaluation = z.infer<typeof evaluation>;

export const reviewRecipients = z.object({
  /** Municipalities that received a notice. */
  recipients: z.array(z.string()),
});
export type ReviewRecipients = z.infer<typeof reviewRecipients>;

const municipalityRef = {
  municipalityId: z.string(),
  nameEl: z.string(),
  nameEn: z.string(),
};

const pillarCounts = z.object({
  employability: z.number().int(),
  municipal_structures: z.number().int(),
  inclusion: z.number().int(),
});

export const reviewReport = z
  .object({
    dueOn: isoDate,
    periodStart: isoDate,
    periodEnd: isoDate,
    status: reviewStatus,
    /** True once the cycle is closed: the report is then frozen as it was at closing. */
    frozen: z.boolean(),
    /** The day the figures were computed through (closing day, or today for a preview). */
    asOf: isoDate,
    generatedAt: instant,
    expected: z.number().int(),
    submitted: z.number().int(),
    participants: z.array(z.object({ ...municipalityRef, submitted: z.boolean() })),
    membershipChanges: z.object({
      accessions: z.array(
        z.object({ ...municipalityRef, accessionId: z.string(), notifiedOn: isoDate }),
      ),
      withdrawals: z.array(
        z.object({
          ...municipalityRef,
          withdrawalId: z.string(),
          declaredOn: isoDate,
          notifiedOn: isoDate,
          effectiveOn: isoDate,
          rescindedOn: isoDate.nullable(),
          status: withdrawalStatus,
        }),
      ),
    }),
    activities: z.object({
      /** Published, not cancelled activities that took place (at least partly) in the period. */
      total: z.number().int(),
      /** One row per activity type; an activity counts under every pillar it serves. */
      byType: z.array(
        z.object({ type: activityType, total: z.number().int(), pillars: pillarCounts }),
      ),
      byPillar: pillarCounts,
    }),
    scores: z.array(
      z.object({
        pillar,
        /** distribution[i] = how many evaluations scored i + 1. */
        distribution: z.array(z.number().int()).length(SCORE_MAX),
        count: z.number().int(),
        mean: z.number().nullable(),
      }),
    ),
    evaluations: z.array(
      z.object({
        ...municipalityRef,
        scores: evaluationScores,
        achievements: z.string(),
        challenges: z.string(),
        proposals: z.string(),
      }),
    ),
    nonSubmitting: z.array(z.object(municipalityRef)),
  })
  .meta({ id: "ReviewReport" });
export type ReviewReport = z.infer<typeof reviewReport>;
