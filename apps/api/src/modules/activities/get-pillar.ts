import type { PillarDetail } from "@cni/contracts/activities";
import { ACTIVITY_TYPES, isOneOf, PILLARS } from "@cni/domain/enums";
import { compareGreek } from "@cni/domain/text";
import type { Db } from "../../db/client.ts";
import type { Prisma } from "../../generated/prisma/client.ts";
import type { SessionUser } from "../../lib/access.ts";
import { notFound } from "../../lib/errors.ts";
import { PILLAR_TEXTS } from "./pillars.ts";
import { activityWhere, viewerOf } from "./query.ts";

/** GET /api/pillars/:pillar: one pillar's texts, with what the actor may see of its activities. */
export async function getPillar(
  db: Db,
  { actor, pillar }: { actor: SessionUser | null; pillar: string },
): Promise<PillarDetail> {
  if (!isOneOf(PILLARS, pillar)) throw notFound("Pillar");
  const where = activityWhere(await viewerOf(db, actor), { pillar: [pillar] });
  const [total, byTypeRows, municipalities] = await Promise.all([
    db.activity.count({ where }),
    db.activity.groupBy({ by: ["type"], where, _count: { _all: true } }),
    db.municipality.findMany({
      where: {
        OR: [
          { hostedActivities: { some: where } },
          { activityLinks: { some: { activity: where } } },
        ],
      },
      select: {
        id: true,
        nameEl: true,
        nameEn: true,
        _count: {
          select: {
            hostedActivities: { where },
            activityLinks: {
              where: { activity: where } satisfies Prisma.ActivityParticipantWhereInput,
            },
          },
        },
      },
    }),
  ]);
  return {
    pillar,
    ...PILLAR_TEXTS[pillar],
    total,
    byType: ACTIVITY_TYPES.map((type) => ({
      type,
      count: byTypeRows.find((r) => r.type === type)?._count._all ?? 0,
    })),
    municipalities: municipalities
      .map((m) => ({
        id: m.id,
        nameEl: m.nameEl,
        nameEn: m.nameEn,
        hosted: m._count.hostedActivities,
        joined: m._count.activityLinks,
      }))
      .sort((a, b) => compareGreek(a.nameEl, b.nameEl)),
  };
}
