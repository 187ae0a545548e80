import type { NoticeList } from "@cni/contracts/notices";
import type { Db } from "../../db/client.ts";
import type { Prisma } from "../../generated/prisma/client.ts";
import type { SessionUser } from "../../lib/access.ts";
import { forbidden } from "../../lib/errors.ts";
import { NOTICE_INCLUDE, toNotice } from "./notice-row.ts";

export type ListNoticesQuery = {
  municipalityId?: string;
  addressedTo?: "coordinators";
  acknowledged?: "true" | "false";
  page: number;
  pageSize: number;
};

const NEWEST_FIRST = [
  { sentAt: "desc" },
  { id: "asc" },
] as const satisfies Prisma.NoticeOrderByWithRelationInput[];

/**
 * GET /api/notices: the inbox, one page at a time: the unacknowledged notices first, then
 * the acknowledged ones, each newest first. Officers and representatives see their own
 * municipality's notices (asking for another municipality's is a 403: the filter names it);
 * coordinators see any municipality's, or all the parties', or (`addressedTo=coordinators`)
 * the notices addressed to the coordinators themselves (registrations to verify).
 *
 * "Unacknowledged first" is two index range reads (Notice(recipient, acknowledgedAt,
 * sentAt)), not one ORDER BY over an expression that no index serves: the page is cut
 * across the two groups by their counts.
 */
export async function listNotices(
  db: Db,
  { actor, query }: { actor: SessionUser; query: ListNoticesQuery },
): Promise<NoticeList> {
  const { page, pageSize } = query;
  // null: the coordinators' own notices; undefined: every party's
  let recipient: string | null | undefined;
  if (actor.role === "coordinator") {
    recipient = query.addressedTo === "coordinators" ? null : query.municipalityId;
  } else {
    if (query.addressedTo) throw forbidden("Only coordinators see the coordinators' notices");
    if (query.municipalityId && query.municipalityId !== actor.municipalityId) {
      throw forbidden("You can only see your own municipality's notices");
    }
    if (!actor.municipalityId) {
      return { items: [], total: 0, unacknowledged: 0, page, pageSize };
    }
    recipient = actor.municipalityId;
  }
  const where: Prisma.NoticeWhereInput = {
    recipientMunicipalityId: recipient === undefined ? { not: null } : recipient,
  };
  const pending = { ...where, acknowledgedAt: null };
  const done = { ...where, acknowledgedAt: { not: null } };
  const [unacknowledged, acknowledged] = await Promise.all([
    query.acknowledged === "true" ? 0 : db.notice.count({ where: pending }),
    query.acknowledged === "false" ? 0 : db.notice.count({ where: done }),
  ]);
  const skip = (page - 1) * pageSize;
  const pendingTake = Math.max(0, Math.min(pageSize, unacknowledged - skip));
  const doneSkip = Math.max(0, skip - unacknowledged);
  const doneTake = Math.min(pageSize - pendingTake, Math.max(0, acknowledged - doneSkip));
  const [pendingRows, doneRows] = await Promise.all([
    pendingTake > 0
      ? db.notice.findMany({
          where: pending,
          include: NOTICE_INCLUDE,
          orderBy: NEWEST_FIRST,
          skip,
          take: pendingTake,
        })
      : [],
    doneTake > 0
      ? db.notice.findMany({
          where: done,
          include: NOTICE_INCLUDE,
          orderBy: NEWEST_FIRST,
          skip: doneSkip,
          take: doneTake,
        })
      : [],
  ]);
  return {
    items: [...pendingRows, ...doneRows].map(toNotice),
    total: unacknowledged + acknowledged,
    unacknowledged,
    page,
    pageSize,
  };
}
