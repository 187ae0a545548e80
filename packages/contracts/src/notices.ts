// Notices: one per recipient party for every accession, withdrawal, amendment and review
// event; acknowledging one is the recipient's proof of notice. A notice without a recipient
// municipality is addressed to the coordinators (the secretariat): a registration to verify.
import { z } from "zod";
import { instant, isoDate, pageQuery } from "./common.ts";
import { noticeKind } from "./enums.ts";

export const NOTICE_EVENTS = [
  "notified",
  "filed",
  "rescinded",
  "proposed",
  "circulated",
  "decided",
  "opened",
  "reminder",
  "submitted",
  // to one municipality about its own act (decision 090)
  "returned",
  "joined",
  "verified",
  "designated",
  // reminders (modules/reminders, decision 093): a notice not acknowledged after 7 days;
  // a declaration waiting on the coordinators
  "unacknowledged",
  "waiting",
] as const;
export const noticeEvent = z.enum(NOTICE_EVENTS);

export const notice = z
  .object({
    id: z.string(),
    kind: noticeKind,
    event: noticeEvent,
    subjectMunicipalityId: z.string().nullable(),
    subjectNameEl: z.string().nullable(),
    subjectNameEn: z.string().nullable(),
    /** null: addressed to the coordinators. */
    recipientMunicipalityId: z.string().nullable(),
    recipientNameEl: z.string().nullable(),
    recipientNameEn: z.string().nullable(),
    /** The person a coordinators' notice is about (the registered officer), else null. */
    subjectUserId: z.string().nullable(),
    subjectUserName: z.string().nullable(),
    accessionId: z.string().nullable(),
    withdrawalId: z.string().nullable(),
    /** A withdrawal's last day as a party (N + 15) and first day of effect (N + 16). */
    withdrawalDates: z.object({ lastDayAsParty: isoDate, effectiveOn: isoDate }).nullable(),
    /** An accession's notice: the day the municipality became a party (its notification). */
    memberFrom: isoDate.nullable(),
    amendmentId: z.string().nullable(),
    reviewDueOn: z.string().nullable(),
    sentAt: instant,
    acknowledgedAt: instant.nullable(),
    acknowledgedBy: z.string().nullable(),
  })
  .meta({ id: "Notice" });
export type Notice = z.infer<typeof notice>;

/** The inbox: unacknowledged first, then newest first; a page of 50 unless asked. */
export const noticeListQuery = pageQuery.extend({
  municipalityId: z.string().min(1).max(100).optional(),
  /** Coordinators: the notices addressed to them (without it: the parties' notices). */
  addressedTo: z.enum(["coordinators"]).optional(),
  acknowledged: z.enum(["true", "false"]).optional(),
});
/** What a client sends (the page numbers as numbers; the query string coerces them). */
export type NoticeListQuery = Omit<z.input<typeof noticeListQuery>, "page" | "pageSize"> & {
  page?: number;
  pageSize?: number;
};

export const noticeList = z.object({
  /** This page: the unacknowledged notices first, each group newest first. */
  items: z.array(notice),
  /** How many notices match, on every page. */
  total: z.number().int(),
  /** How many of those are not acknowledged yet (the inbox badge). */
  unacknowledged: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});
export type NoticeList = z.infer<typeof noticeList>;
