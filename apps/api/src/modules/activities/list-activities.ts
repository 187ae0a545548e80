import type { ActivityFilter, ActivityList, ActivitySort } from "@cni/contracts/activities";
import type { Db } from "../../db/client.ts";
import type { SessionUser } from "../../lib/access.ts";
import { ACTIVITY_INCLUDE, toActivity } from "./activity-row.ts";
import { activityOrderBy, activityWhere, viewerOf } from "./query.ts";

export type ListActivitiesQuery = ActivityFilter & {
  page: number;
  pageSize: number;
  sort: ActivitySort;
};

/** GET /api/activities: one page of what the actor may see (`skip`/`take`, `count` in SQL). */
export async function listActivities(
  db: Db,
  { actor, query }: { actor: SessionUser | null; query: ListActivitiesQuery },
): Promise<ActivityList> {
  const where = activityWhere(await viewerOf(db, actor), query);
  const [total, rows] = await Promise.all([
    db.activity.count({ where }),
    db.activity.findMany({
      where,
      orderBy: activityOrderBy(query.sort),
      skip: (query.page - 1) * query.pageSize,
      take: query.pageSize,
      include: ACTIVITY_INCLUDE,
    }),
  ]);
  return {
    items: rows.map((row) => toActivity(row, actor)),
    total,
    page: query.page,
    pageSize: query.pageSize,
  };
}
