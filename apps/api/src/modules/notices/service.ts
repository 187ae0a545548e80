import type { Notice, NoticeList } from "@cni/contracts/notices";
import type { NoticeKind } from "@cni/domain/enums";
import type { Db } from "../../db/client.ts";
import type { SessionUser } from "../../lib/access.ts";
import { recordAudit } from "../../lib/audit.ts";
import { forbidden, notFound } from "../../lib/errors.ts";
import type { NoticeEvent } from "./send.ts";

const INCLUDE = {
  subject: { select: { nameEl: true, nameEn: true } },
  recipient: { select: { nameEl: true, nameEn: true } },
  acknowledgedBy: { select: { name: true } },
} as const;

type Row = {
  id: string;
  kind: string;
  event: string;
  subjectMunicipalityId: string | null;
  recipientMunicipalityId: string;
  accessionId: string | null;
  withdrawalId: string | null;
  amendmentId: string | null;
  reviewDueOn: string | null;
  sentAt: Date;
  acknowledgedAt: Date | null;
  subject: { nameEl: string; nameEn: string } | null;
  recipient: { nameEl: string; nameEn: string };
  acknowledgedBy: { name: string } | null;
};

export function toNotice(row: Row): Notice {
  return {
    id: row.id,
    kind: row.kind as NoticeKind,
    event: row.event as NoticeEvent,
    subjectMunicipalityId: row.subjectMunicipalityId,
    subjectNameEl: row.subject?.nameEl ?? null,
    subjectNameEn: row.subject?.nameEn ?? null,
    recipientMunicipalityId: row.recipientMunicipalityId,
    recipientNameEl: row.recipient.nameEl,
    recipientNameEn: row.recipient.nameEn,
    accessionId: row.accessionId,
    withdrawalId: row.withdrawalId,
    amendmentId: row.amendmentId,
    reviewDueOn: row.reviewDueOn,
    sentAt: row.sentAt.toISOString(),
    acknowledgedAt: row.acknowledgedAt?.toISOString() ?? null,
    acknowledgedBy: row.acknowledgedBy?.name ?? null,
  };
}

/**
 * The notices inbox. Officers and representatives see their own municipality's notices
 * (asking for another municipality is a 403); coordinators see any municipality's, or all.
 */
export async function listNotices(
  db: Db,
  user: SessionUser,
  query: { municipalityId?: string; acknowledged?: "true" | "false" },
): Promise<NoticeList> {
  let recipient: string | undefined;
  if (user.role === "coordinator") {
    recipient = query.municipalityId;
  } else {
    if (query.municipalityId && query.municipalityId !== user.municipalityId) {
      throw forbidden("You can only see your own municipality's notices");
    }
    if (!user.municipalityId) return { items: [], total: 0, unacknowledged: 0 };
    recipient = user.municipalityId;
  }
  const rows = await db.notice.findMany({
    where: {
      ...(recipient ? { recipientMunicipalityId: recipient } : {}),
      ...(query.acknowledged === "true" ? { acknowledgedAt: { not: null } } : {}),
      ...(query.acknowledged === "false" ? { acknowledgedAt: null } : {}),
    },
    include: INCLUDE,
    orderBy: [{ sentAt: "desc" }, { id: "asc" }],
    take: 1000,
  });
  const items = rows.map(toNotice);
  return {
    items,
    total: items.length,
    unacknowledged: items.filter((n) => n.acknowledgedAt === null).length,
  };
}

/**
 * The recipient's officer or representative acknowledges a notice. Idempotent: a repeat
 * returns the notice as first acknowledged (same instant and person; no new audit entry).
 * A notice addressed to another municipality is a 404.
 */
export async function acknowledgeNotice(db: Db, user: SessionUser, id: string): Promise<Notice> {
  const existing = await db.notice.findUnique({ where: { id }, include: INCLUDE });
  if (!existing || existing.recipientMunicipalityId !== user.municipalityId) {
    throw notFound("Notice");
  }
  if (existing.acknowledgedAt) return toNotice(existing);
  await db.$transaction(async (tx) => {
    const now = new Date();
    const updated = await tx.notice.updateMany({
      where: { id, acknowledgedAt: null },
      data: { acknowledgedAt: now, acknowledgedById: user.id },
    });
    if (updated.count === 0) return; // acknowledged by someone else meanwhile
    await recordAudit(tx, {
      actor: user,
      action: "notice.acknowledge",
      entityType: "notice",
      entityId: id,
      summary: `${existing.recipientMunicipalityId} acknowledged the ${existing.kind} ${existing.event} notice about ${existing.subjectMunicipalityId ?? "the network"}`,
      after: { acknowledgedAt: now.toISOString() },
    });
  });
  const row = await db.notice.findUniqueOrThrow({ where: { id }, include: INCLUDE });
  return toNotice(row);
}
