// The feeds (iCalendar, CSV) read every matching activity in pages, oldest first.
import type { ActivityFilter } from "@cni/contracts/activities";
import type { Db } from "../../db/client.ts";
import { ACTIVITY_INCLUDE, type ActivityRow } from "./activity-row.ts";
import { activityWhere, type Viewer } from "./query.ts";

const BATCH = 500;

/** Every matching activity (up to `max`) in pages of BATCH, with the total that matched. */
export async function readFeedRows(db: Db, viewer: Viewer, filter: ActivityFilter, max: number) {
  const where = activityWhere(viewer, filter);
  const total = await db.activity.count({ where });
  const rows: ActivityRow[] = [];
  while (rows.length < Math.min(total, max)) {
    const page = await db.activity.findMany({
      where,
      orderBy: [{ startsOn: "asc" }, { id: "asc" }],
      skip: rows.length,
      take: Math.min(BATCH, max - rows.length),
      include: ACTIVITY_INCLUDE,
    });
    if (page.length === 0) break;
    rows.push(...page);
  }
  return { rows, total };
}
