import type { ActivityFilter, ActivityMatrix } from "@cni/contracts/activities";
import { ACTIVITY_TYPES, PILLARS } from "@cni/domain/enums";
import type { Db } from "../../db/client.ts";
import type { Prisma } from "../../generated/prisma/client.ts";
import type { SessionUser } from "../../lib/access.ts";
import { activityWhere, viewerOf } from "./query.ts";

/**
 * GET /api/activities/matrix: counts per type × pillar for the same filters and
 * visibility as the list (group-bys in SQL).
 */
export async function countActivityMatrix(
  db: Db,
  { actor, filter }: { actor: SessionUser | null; filter: ActivityFilter },
): Promise<ActivityMatrix> {
  const where = activityWhere(await viewerOf(db, actor), filter);
  const countsByType = (extra?: Prisma.ActivityWhereInput) =>
    db.activity.groupBy({
      by: ["type"],
      where: extra ? { AND: [where, extra] } : where,
      _count: { _all: true },
    });
  const [byTypeRows, total, ...perPillar] = await Promise.all([
    countsByType(),
    db.activity.count({ where }),
    ...PILLARS.map((pillar) => countsByType({ pillars: { some: { pillar } } })),
  ]);
  const cells: ActivityMatrix["cells"] = [];
  const byPillar: ActivityMatrix["byPillar"] = [];
  PILLARS.forEach((pillar, i) => {
    const rows = perPillar[i] ?? [];
    let sum = 0;
    for (const type of ACTIVITY_TYPES) {
      const count = rows.find((r) => r.type === type)?._count._all ?? 0;
      sum += count;
      cells.push({ type, pillar, count });
    }
    // an activity counts once per pillar, so the column total is the column's sum
    byPillar.push({ pillar, count: sum });
  });
  const byType = ACTIVITY_TYPES.map((type) => ({
    type,
    count: byTypeRows.find((r) => r.type === type)?._count._all ?? 0,
  }));
  return { cells, byType, byPillar, total };
}
