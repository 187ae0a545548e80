// A municipality's timeline in the network, and the number of members over time.
import { z } from "zod";
import { csvFormatQuery, isoDate } from "./common.ts";
import { designationRole } from "./enums.ts";
import { municipalityListQuery } from "./municipalities.ts";

export const TIMELINE_EVENT_KINDS = [
  "founding",
  /**
   * One of the 16 members that acceded "on or before 2024-06-17", dated at the network's
   * founding: from then to `unknownUntil` the source does not say whether it was a member.
   */
  "membership_unknown",
  /** One of the 16 members that acceded before the updated MoU: no exact date is known. */
  "member_on_or_before",
  /** The council decision to accede, on its date (a fact of the source, e.g. Serres 210/2024). */
  "accession_decision",
  "accession_submitted",
  /** The accession declaration was notified to the parties: a party from that day. */
  "accession_notified",
  /** Signed-in users only (names of people are personal data). */
  "designation",
  /** The written withdrawal declaration was notified to the parties. */
  "withdrawal_notified",
  /** The municipality revoked its withdrawal by a new council decision. */
  "withdrawal_rescinded",
  /** The first day no longer a party (notifiedOn + 16). */
  "withdrawal_effective",
] as const;
export const timelineEventKind = z.enum(TIMELINE_EVENT_KINDS);
export type TimelineEventKind = z.infer<typeof timelineEventKind>;

export const timelineEvent = z
  .object({
    kind: timelineEventKind,
    date: isoDate,
    /** True when `date` is only an upper bound ("on or before"). */
    dateIsBound: z.boolean(),
    accessionId: z.string().nullable(),
    withdrawalId: z.string().nullable(),
    decisionNumber: z.string().nullable(),
    /** The council decision's date (accession or withdrawal), when known. */
    decisionDate: isoDate.nullable(),
    /** Withdrawal: the last day as a party (N + 15) and the first day of effect (N + 16). */
    lastDayAsParty: isoDate.nullable(),
    effectiveOn: isoDate.nullable(),
    /** membership_unknown: the last day of the span the source says nothing about. */
    unknownUntil: isoDate.nullable(),
    /** Designation: who was designated to which role (signed-in users only). */
    designation: z
      .object({ role: designationRole, name: z.string(), to: isoDate.nullable() })
      .nullable(),
    /** Notices sent to the other parties for this event (signed-in users only). */
    notices: z.object({ sent: z.number().int(), acknowledged: z.number().int() }).nullable(),
  })
  .meta({ id: "TimelineEvent" });
export type TimelineEvent = z.infer<typeof timelineEvent>;

export const timelineQuery = z.object({ asOf: isoDate.optional() });

export const timeline = z.object({
  municipalityId: z.string(),
  asOf: isoDate,
  events: z.array(timelineEvent),
});
export type Timeline = z.infer<typeof timeline>;

export const membersOverTimePoint = z.object({
  date: isoDate,
  /** Parties on that day: members and withdrawing members. */
  members: z.number().int(),
  /** Of those, how many had a pending withdrawal. */
  withdrawing: z.number().int(),
  /** Members whose status that day the source does not give (not counted as non-members). */
  unknown: z.number().int(),
});
export type MembersOverTimePoint = z.infer<typeof membersOverTimePoint>;

export const membersOverTime = z
  .object({ today: isoDate, points: z.array(membersOverTimePoint) })
  .meta({ id: "MembersOverTime" });
export type MembersOverTime = z.infer<typeof membersOverTime>;

/** The directory's filters, plus the language of the header row and status labels. */
export const membersCsvQuery = municipalityListQuery.extend({
  lang: z.enum(["el", "en"]).optional(),
  ...csvFormatQuery.shape,
});
