// The coordinators' dashboard: the state of the network today.
import { z } from "zod";
import { instant, isoDate } from "./common.ts";
import { amendmentStatus } from "./enums.ts";
import { reviewSummary } from "./reviews.ts";

const municipalityRef = {
  municipalityId: z.string(),
  nameEl: z.string(),
  nameEn: z.string(),
};

export const dashboard = z
  .object({
    asOf: isoDate,
    /** Parties today: members plus members whose withdrawal is not yet effective. */
    membersNow: z.number().int(),
    counts: z.object({
      member: z.number().int(),
      withdrawing: z.number().int(),
      applicant: z.number().int(),
      former: z.number().int(),
    }),
    applicants: z.array(
      z.object({
        ...municipalityRef,
        accessionId: z.string().nullable(),
        submittedOn: isoDate.nullable(),
      }),
    ),
    withdrawalsPending: z.array(
      z.object({
        ...municipalityRef,
        withdrawalId: z.string(),
        notifiedOn: isoDate,
        effectiveOn: isoDate,
      }),
    ),
    /** The review that needs attention: the oldest open or overdue one, else the next one. */
    currentReview: reviewSummary.nullable(),
    openAmendments: z.array(
      z.object({
        id: z.string(),
        title: z.string(),
        status: amendmentStatus,
        createdAt: instant,
        ...municipalityRef,
      }),
    ),
    unacknowledgedNotices: z.array(
      z.object({ ...municipalityRef, count: z.number().int(), oldestSentAt: instant }),
    ),
    /** What waits on the coordinators, oldest first (issue 15 item 9). */
    waiting: z.object({
      /** Submitted declarations not yet notified or returned: since when, in days. */
      declarations: z.array(
        z.object({
          ...municipalityRef,
          accessionId: z.string(),
          /** Null when the date is not known (a declaration recorded from paper without it). */
          submittedOn: isoDate.nullable(),
          days: z.number().int().nullable(),
        }),
      ),
      /** Review cycles past their due date and not closed, with the evaluations missing. */
      overdueReviews: z.array(
        z.object({
          dueOn: isoDate,
          expected: z.number().int(),
          submitted: z.number().int(),
          missing: z.number().int(),
          daysOverdue: z.number().int(),
        }),
      ),
    }),
  })
  .meta({ id: "Dashboard" });
export type Dashboard = z.infer<typeof dashboard>;
