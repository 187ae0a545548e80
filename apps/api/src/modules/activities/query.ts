// Who sees which activities, and the filters of the list, matrix, pillar page and feeds,
// as one Prisma `where` so every query (page, count, group-by, export) agrees.
import type { ActivityFilter, ActivitySort } from "@cni/contracts/activities";
import { normalizeForSearch } from "@cni/domain/text";
import type { Db } from "../../db/client.ts";
import type { Prisma } from "../../generated/prisma/client.ts";
import { isPartyMember, type SessionUser } from "../../lib/access.ts";

/** The caller as the visibility rules need them. */
export type Viewer = {
  user: SessionUser | null;
  /** May see `visibility: "members"`: coordinators and users of a current member. */
  seesMembersOnly: boolean;
};

export const ANONYMOUS: Viewer = { user: null, seesMembersOnly: false };

/**
 * Members-only activities are for the network: coordinators, and verified officers and
 * representatives of a municipality that is a party today (the one rule, `isPartyMember`).
 */
export async function viewerOf(db: Db, user: SessionUser | null): Promise<Viewer> {
  if (!user) return ANONYMOUS;
  return { user, seesMembersOnly: await isPartyMember(db, user) };
}

const NOTHING: Prisma.ActivityWhereInput = { id: { in: [] } };

/** What the viewer may see at all, published or (with `published=false`) proposals. */
export function visibleWhere(viewer: Viewer, published = true): Prisma.ActivityWhereInput {
  const audience: Prisma.ActivityWhereInput = viewer.seesMembersOnly
    ? {}
    : { visibility: "public" };
  if (published) return { published: true, ...audience };
  const user = viewer.user;
  if (!user) return NOTHING;
  if (user.role === "coordinator") return { published: false };
  // a proposer sees their own proposals, whatever their visibility
  return { published: false, proposedById: user.id };
}

/** True when the viewer may open this activity (GET /api/activities/:id). */
export function canSee(
  viewer: Viewer,
  row: { published: boolean; visibility: string; proposedById: string | null },
): boolean {
  if (!row.published) {
    return (
      viewer.user?.role === "coordinator" ||
      (viewer.user !== null && row.proposedById === viewer.user.id)
    );
  }
  return row.visibility === "public" || viewer.seesMembersOnly;
}

/** The filters, ANDed with what the viewer may see. */
export function activityWhere(viewer: Viewer, filter: ActivityFilter): Prisma.ActivityWhereInput {
  const and: Prisma.ActivityWhereInput[] = [visibleWhere(viewer, filter.published ?? true)];
  if (filter.pillar?.length) and.push({ pillars: { some: { pillar: { in: filter.pillar } } } });
  if (filter.type?.length) and.push({ type: { in: filter.type } });
  if (filter.status?.length) and.push({ status: { in: filter.status } });
  if (filter.visibility) and.push({ visibility: filter.visibility });
  // The range keeps every activity that overlaps it: ending (or, without an end,
  // starting) on or after `from`, and starting on or before `to`.
  if (filter.from) {
    and.push({
      OR: [{ endsOn: { gte: filter.from } }, { endsOn: null, startsOn: { gte: filter.from } }],
    });
  }
  if (filter.to) and.push({ startsOn: { lte: filter.to } });
  if (filter.municipalityId) {
    const id = filter.municipalityId;
    and.push({
      OR: [{ hostMunicipalityId: id }, { participants: { some: { municipalityId: id } } }],
    });
  }
  const words = filter.q ? normalizeForSearch(filter.q).split(" ").filter(Boolean) : [];
  for (const word of words) and.push({ searchText: { contains: word } });
  return { AND: and };
}

export function activityOrderBy(sort: ActivitySort): Prisma.ActivityOrderByWithRelationInput[] {
  switch (sort) {
    case "startsOn":
      return [{ startsOn: "asc" }, { id: "asc" }];
    case "updated":
      return [{ updatedAt: "desc" }, { id: "asc" }];
    default:
      return [{ startsOn: "desc" }, { id: "asc" }];
  }
}

/** What `searchText` holds: titles, summary and place, lower-cased without accents. */
export function searchTextOf(input: {
  titleEl: string;
  titleEn: string | null;
  summary: string;
  location: string | null;
}): string {
  return normalizeForSearch(
    [input.titleEl, input.titleEn, input.summary, input.location].filter(Boolean).join(" "),
  );
}
