// Notices: one per recipient party for every accession, withdrawal, amendment and review
// event; acknowledging one is the recipient's proof of notice.
import { z } from "zod";
import { instant } from "./common.ts";
import { noticeKind } from "./enums.ts";

export const NOTICE_EVENTS = [
  "notified",
  "filed",
  "rescinded",
  "proposed",
  "decided",
  "opened",
  "reminder",
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
    recipientMunicipalityId: z.string(),
    recipientNameEl: z.string(),
    recipientNameEn: z.string(),
    accessionId: z.string().nullable(),
    withdrawalId: z.string().nullable(),
    amendmentId: z.string().nullable(),
    reviewDueOn: z.string().nullable(),
    sentAt: instant,
    acknowledgedAt: instant.nullable(),
    acknowledgedBy: z.string().nullable(),
  })
  .meta({ id: "Notice" });
export type Notice = z.infer<typeof notice>;

export const noticeListQuery = z.object({
  municipalityId: z.string().min(1).max(100).optional(),
  acknowledged: z.enum(["true", "false"]).optional(),
});
export type NoticeListQuery = z.input<typeof noticeListQuery>;

export const noticeList = z.object({
  items: z.array(notice),
  total: z.number().int(),
  /** How many of the items are not acknowledged yet (the inbox badge). */
  unacknowledged: z.number().int(),
});
export type NoticeList = z.infer<typeof noticeList>;
