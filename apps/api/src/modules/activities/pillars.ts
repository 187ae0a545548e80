// The 3 thematic pillars of the MoU (docs/domain.md; where a translation differs, the
// Greek text of the MoU is right).
import type { PillarDetail } from "@cni/contracts/activities";
import { ACTIVITY_TYPES, type Pillar } from "@cni/domain/enums";
import { compareGreek } from "@cni/domain/text";
import type { Db } from "../../db/client.ts";
import type { Prisma } from "../../generated/prisma/client.ts";
import { activityWhere, type Viewer } from "./query.ts";

export const PILLAR_TEXTS: Record<
  Pillar,
  { nameEl: string; nameEn: string; descriptionEl: string; descriptionEn: string }
> = {
  employability: {
    nameEl: "Απασχολησιμότητα",
    nameEn: "Employability",
    descriptionEl:
      "Προώθηση της απασχολησιμότητας και της ένταξης πολιτών τρίτων χωρών στην αγορά εργασίας.",
    descriptionEn:
      "Promoting the employability of third-country nationals and their integration into the labour market.",
  },
  municipal_structures: {
    nameEl: "Δημοτικές δομές και θεσμοί",
    nameEn: "Municipal structures and institutions",
    descriptionEl:
      "Ενδυνάμωση δημοτικών δομών και θεσμών: Κέντρα Ένταξης Μεταναστών (ΚΕΜ) και Συμβούλια Ένταξης Μεταναστών και Προσφύγων (ΣΕΜΠ).",
    descriptionEn:
      "Strengthening municipal structures and institutions: the Migrant Integration Centres (ΚΕΜ) and the Migrant and Refugee Integration Councils (ΣΕΜΠ).",
  },
  inclusion: {
    nameEl: "Συμπερίληψη",
    nameEn: "Inclusion",
    descriptionEl:
      "Προώθηση της συμπερίληψης πολιτών τρίτων χωρών στη ζωή της πόλης και δημιουργία ευκαιριών διαπολιτισμικής επαφής και επικοινωνίας.",
    descriptionEn:
      "Promoting the inclusion of third-country nationals in the life of the city and creating opportunities for intercultural contact and communication.",
  },
};

/** GET /api/pillars/:pillar — what the viewer may see of one pillar. */
export async function getPillar(db: Db, viewer: Viewer, pillar: Pillar): Promise<PillarDetail> {
  const where = activityWhere(viewer, { pillar: [pillar] });
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
