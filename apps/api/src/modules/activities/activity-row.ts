// How an activity is read (one include for every query), shown (toActivity) and audited
// (snapshotOf), and the one load-or-404.
import type { Activity } from "@cni/contracts/activities";
import {
  type ActivityStatus,
  type ActivityType,
  PILLARS,
  type Pillar,
  type Visibility,
} from "@cni/domain/enums";
import { compareGreek } from "@cni/domain/text";
import type { Db, Tx } from "../../db/client.ts";
import type { Prisma } from "../../generated/prisma/client.ts";
import type { SessionUser } from "../../lib/access.ts";
import { or404 } from "../../lib/errors.ts";

export const ACTIVITY_INCLUDE = {
  pillars: { select: { pillar: true } },
  host: { select: { id: true, nameEl: true, nameEn: true } },
  participants: {
    select: { municipality: { select: { id: true, nameEl: true, nameEn: true } } },
  },
  proposedBy: { select: { id: true, name: true } },
} as const satisfies Prisma.ActivityInclude;

export type ActivityRow = Prisma.ActivityGetPayload<{ include: typeof ACTIVITY_INCLUDE }>;

const PILLAR_ORDER = new Map<string, number>(PILLARS.map((p, i) => [p, i]));

/** The activity as the API returns it to `actor` (who proposed it is for coordinators). */
export function toActivity(row: ActivityRow, actor: SessionUser | null): Activity {
  const participants = row.participants
    .map((p) => p.municipality)
    .sort((a, b) => compareGreek(a.nameEl, b.nameEl));
  return {
    id: row.id,
    titleEl: row.titleEl,
    titleEn: row.titleEn,
    summary: row.summary,
    type: row.type as ActivityType,
    pillars: row.pillars
      .map((p) => p.pillar as Pillar)
      .sort((a, b) => (PILLAR_ORDER.get(a) ?? 0) - (PILLAR_ORDER.get(b) ?? 0)),
    startsOn: row.startsOn,
    endsOn: row.endsOn,
    hostMunicipalityId: row.hostMunicipalityId,
    host: row.host,
    participantMunicipalityIds: participants.map((m) => m.id),
    participants,
    status: row.status as ActivityStatus,
    visibility: row.visibility as Visibility,
    location: row.location,
    link: row.link,
    fundingProgramme: row.fundingProgramme,
    fundingDeadline: row.fundingDeadline,
    published: row.published,
    proposedBy: actor?.role === "coordinator" ? row.proposedBy : null,
    proposedByMe: actor !== null && row.proposedById === actor.id,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

export async function findActivity(db: Db | Tx, id: string): Promise<ActivityRow | null> {
  return db.activity.findUnique({ where: { id }, include: ACTIVITY_INCLUDE });
}

/** The activity, or 404. (Whether the caller may see it is the use case's question.) */
export async function findActivityOr404(db: Db | Tx, id: string): Promise<ActivityRow> {
  return or404(await findActivity(db, id), "Activity");
}

/** The fields as stored, for the audit trail (and, without `published`, a patch's base). */
export function snapshotOf(row: ActivityRow) {
  return {
    titleEl: row.titleEl,
    titleEn: row.titleEn,
    summary: row.summary,
    type: row.type,
    pillars: row.pillars.map((p) => p.pillar).sort(),
    startsOn: row.startsOn,
    endsOn: row.endsOn,
    hostMunicipalityId: row.hostMunicipalityId,
    participantMunicipalityIds: row.participants.map((p) => p.municipality.id).sort(),
    status: row.status,
    visibility: row.visibility,
    location: row.location,
    link: row.link,
    fundingProgramme: row.fundingProgramme,
    fundingDeadline: row.fundingDeadline,
    published: row.published,
  };
}
