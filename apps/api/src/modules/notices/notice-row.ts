import type { Notice } from "@cni/contracts/notices";
import type { NoticeKind } from "@cni/domain/enums";
import type { Prisma } from "../../generated/prisma/client.ts";
import type { NoticeEvent } from "./send.ts";

export const NOTICE_INCLUDE = {
  subject: { select: { nameEl: true, nameEn: true } },
  recipient: { select: { nameEl: true, nameEn: true } },
  acknowledgedBy: { select: { name: true } },
  subjectUser: { select: { name: true } },
  withdrawal: { select: { lastDayAsParty: true, effectiveOn: true } },
  accession: { select: { notifiedOn: true } },
} as const satisfies Prisma.NoticeInclude;

export type NoticeRow = Prisma.NoticeGetPayload<{ include: typeof NOTICE_INCLUDE }>;

export function toNotice(row: NoticeRow): Notice {
  return {
    id: row.id,
    kind: row.kind as NoticeKind,
    event: row.event as NoticeEvent,
    subjectMunicipalityId: row.subjectMunicipalityId,
    subjectNameEl: row.subject?.nameEl ?? null,
    subjectNameEn: row.subject?.nameEn ?? null,
    recipientMunicipalityId: row.recipientMunicipalityId,
    recipientNameEl: row.recipient?.nameEl ?? null,
    recipientNameEn: row.recipient?.nameEn ?? null,
    subjectUserId: row.subjectUserId,
    subjectUserName: row.subjectUser?.name ?? null,
    accessionId: row.accessionId,
    withdrawalId: row.withdrawalId,
    // A withdrawal's notice says both dates, as everywhere (@cni/domain/withdrawal).
    withdrawalDates:
      row.withdrawal?.lastDayAsParty && row.withdrawal.effectiveOn
        ? { lastDayAsParty: row.withdrawal.lastDayAsParty, effectiveOn: row.withdrawal.effectiveOn }
        : null,
    // an accession's notice says from when the municipality is a party (issue 15)
    memberFrom:
      row.event === "notified" || row.event === "joined"
        ? (row.accession?.notifiedOn ?? null)
        : null,
    amendmentId: row.amendmentId,
    reviewDueOn: row.reviewDueOn,
    sentAt: row.sentAt.toISOString(),
    acknowledgedAt: row.acknowledgedAt?.toISOString() ?? null,
    acknowledgedBy: row.acknowledgedBy?.name ?? null,
  };
}
