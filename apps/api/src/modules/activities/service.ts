import {
  type Activity,
  type ActivityFilter,
  type ActivityInputParsed,
  type ActivityMatrix,
  type ActivityPatch,
  type ActivitySort,
  activityInput,
} from "@cni/contracts/activities";
import { athensToday } from "@cni/domain/dates";
import {
  ACTIVITY_TYPES,
  type ActivityStatus,
  type ActivityType,
  isOneOf,
  PILLARS,
  type Pillar,
  type Visibility,
} from "@cni/domain/enums";
import { isMemberOn } from "@cni/domain/membership";
import { compareGreek } from "@cni/domain/text";
import type { Db, Tx } from "../../db/client.ts";
import type { Prisma } from "../../generated/prisma/client.ts";
import type { SessionUser } from "../../lib/access.ts";
import { recordAudit } from "../../lib/audit.ts";
import { conflict, DomainError, forbidden, notFound, unprocessable } from "../../lib/errors.ts";
import { loadMembershipFacts } from "../municipalities/facts.ts";
import { activityOrderBy, activityWhere, canSee, searchTextOf, type Viewer } from "./query.ts";

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

export function toActivity(row: ActivityRow, viewer: Viewer): Activity {
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
    proposedBy: viewer.user?.role === "coordinator" ? row.proposedBy : null,
    proposedByMe: viewer.user !== null && row.proposedById === viewer.user.id,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** One page of the filtered list: `skip`/`take` and `count` in the database. */
export async function listActivities(
  db: Db,
  viewer: Viewer,
  query: ActivityFilter & { page: number; pageSize: number; sort: ActivitySort },
) {
  const where = activityWhere(viewer, query);
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
    items: rows.map((row) => toActivity(row, viewer)),
    total,
    page: query.page,
    pageSize: query.pageSize,
  };
}

/** Counts per type × pillar, for the same filters and visibility (group-bys in SQL). */
export async function activityMatrix(
  db: Db,
  viewer: Viewer,
  filter: ActivityFilter,
): Promise<ActivityMatrix> {
  const where = activityWhere(viewer, filter);
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

export async function loadActivity(db: Db | Tx, id: string): Promise<ActivityRow | null> {
  return db.activity.findUnique({ where: { id }, include: ACTIVITY_INCLUDE });
}

/** One activity the viewer may see; anything else is a 404 (members-only ones are not revealed). */
export async function getActivity(db: Db, viewer: Viewer, id: string): Promise<Activity> {
  const row = await loadActivity(db, id);
  if (!row || !canSee(viewer, row)) throw notFound("Activity");
  return toActivity(row, viewer);
}

/** The fields as stored, for the audit trail. */
function snapshot(row: ActivityRow) {
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

/** Host and participants must be municipalities of the directory (422 with field errors). */
async function assertMunicipalitiesExist(tx: Tx, input: ActivityInputParsed): Promise<void> {
  const ids = [
    ...(input.hostMunicipalityId ? [input.hostMunicipalityId] : []),
    ...input.participantMunicipalityIds,
  ];
  if (ids.length === 0) return;
  const found = new Set(
    (await tx.municipality.findMany({ where: { id: { in: ids } }, select: { id: true } })).map(
      (m) => m.id,
    ),
  );
  const errors: { path: string; message: string; code: string }[] = [];
  if (input.hostMunicipalityId && !found.has(input.hostMunicipalityId)) {
    errors.push({
      path: "hostMunicipalityId",
      message: "Unknown municipality",
      code: "UNKNOWN_MUNICIPALITY",
    });
  }
  input.participantMunicipalityIds.forEach((id, i) => {
    if (!found.has(id)) {
      errors.push({
        path: `participantMunicipalityIds.${i}`,
        message: "Unknown municipality",
        code: "UNKNOWN_MUNICIPALITY",
      });
    }
  });
  if (errors.length) {
    throw unprocessable("UNKNOWN_MUNICIPALITY", "A municipality is not in the directory", errors);
  }
}

function columnsOf(input: ActivityInputParsed) {
  return {
    titleEl: input.titleEl,
    titleEn: input.titleEn,
    summary: input.summary,
    type: input.type,
    startsOn: input.startsOn,
    endsOn: input.endsOn,
    hostMunicipalityId: input.hostMunicipalityId,
    status: input.status,
    visibility: input.visibility,
    location: input.location,
    link: input.link,
    fundingProgramme: input.fundingProgramme,
    fundingDeadline: input.fundingDeadline,
    searchText: searchTextOf(input),
  };
}

async function insertActivity(
  tx: Tx,
  input: ActivityInputParsed,
  extra: { published: boolean; proposedById: string | null },
) {
  await assertMunicipalitiesExist(tx, input);
  const created = await tx.activity.create({
    data: {
      ...columnsOf(input),
      ...extra,
      pillars: { create: input.pillars.map((pillar) => ({ pillar })) },
      participants: {
        create: input.participantMunicipalityIds.map((municipalityId) => ({ municipalityId })),
      },
    },
    include: ACTIVITY_INCLUDE,
  });
  return created;
}

/** POST /api/activities (coordinator): published at once. */
export async function createActivity(
  db: Db,
  viewer: Viewer,
  input: ActivityInputParsed,
): Promise<Activity> {
  const actor = viewer.user;
  const row = await db.$transaction(async (tx) => {
    const created = await insertActivity(tx, input, { published: true, proposedById: null });
    await recordAudit(tx, {
      actor,
      action: "activity.create",
      entityType: "activity",
      entityId: created.id,
      summary: `Activity “${created.titleEl}” created`,
      after: snapshot(created),
    });
    return created;
  });
  return toActivity(row, viewer);
}

/**
 * POST /api/activities/proposals (officer or representative): an unpublished activity
 * for a coordinator to publish. The host defaults to the proposer's municipality, and
 * the only participant a proposer may name is their own municipality.
 */
export async function proposeActivity(
  db: Db,
  viewer: Viewer,
  input: ActivityInputParsed,
): Promise<Activity> {
  const user = viewer.user;
  if (!user?.municipalityId) throw forbidden("Only a municipality's users propose activities");
  const own = user.municipalityId;
  const proposal: ActivityInputParsed = {
    ...input,
    hostMunicipalityId: input.hostMunicipalityId ?? own,
  };
  if (proposal.participantMunicipalityIds.some((id) => id !== own)) {
    throw unprocessable(
      "PARTICIPANT_NOT_OWN",
      "A proposal may only list your own municipality as a participant",
      [
        {
          path: "participantMunicipalityIds",
          message: "Only your own municipality",
          code: "PARTICIPANT_NOT_OWN",
        },
      ],
    );
  }
  // a participant that is now also the (defaulted) host is simply the host
  proposal.participantMunicipalityIds = proposal.participantMunicipalityIds.filter(
    (id) => id !== proposal.hostMunicipalityId,
  );
  const row = await db.$transaction(async (tx) => {
    const created = await insertActivity(tx, proposal, { published: false, proposedById: user.id });
    await recordAudit(tx, {
      actor: user,
      action: "activity.propose",
      entityType: "activity",
      entityId: created.id,
      summary: `Activity “${created.titleEl}” proposed by ${own}`,
      after: snapshot(created),
    });
    return created;
  });
  return toActivity(row, viewer);
}

/** The stored activity as a body of `activityInput`, so a patch can be merged into it. */
function inputOf(row: ActivityRow) {
  const s = snapshot(row);
  const { published: _published, ...fields } = s;
  return fields;
}

/** PATCH /api/activities/:id (coordinator): merges, then checks the whole again. */
export async function updateActivity(
  db: Db,
  viewer: Viewer,
  id: string,
  patch: ActivityPatch,
): Promise<Activity> {
  const row = await db.$transaction(async (tx) => {
    const existing = await loadActivity(tx, id);
    if (!existing) throw notFound("Activity");
    const merged: Record<string, unknown> = { ...inputOf(existing) };
    for (const [key, value] of Object.entries(patch)) {
      if (value !== undefined) merged[key] = value;
    }
    const parsed = activityInput.safeParse(merged);
    if (!parsed.success) {
      throw new DomainError(
        400,
        "VALIDATION_FAILED",
        "The request is not valid",
        parsed.error.issues.map((issue) => ({
          path: issue.path.join("."),
          message: issue.message,
          code: issue.code,
        })),
      );
    }
    const input = parsed.data;
    await assertMunicipalitiesExist(tx, input);
    await tx.activityPillar.deleteMany({ where: { activityId: id } });
    await tx.activityParticipant.deleteMany({ where: { activityId: id } });
    const updated = await tx.activity.update({
      where: { id },
      data: {
        ...columnsOf(input),
        pillars: { create: input.pillars.map((pillar) => ({ pillar })) },
        participants: {
          create: input.participantMunicipalityIds.map((municipalityId) => ({ municipalityId })),
        },
      },
      include: ACTIVITY_INCLUDE,
    });
    await recordAudit(tx, {
      actor: viewer.user,
      action: "activity.update",
      entityType: "activity",
      entityId: id,
      summary: `Activity “${updated.titleEl}” updated`,
      before: snapshot(existing),
      after: snapshot(updated),
    });
    return updated;
  });
  return toActivity(row, viewer);
}

/** DELETE /api/activities/:id (coordinator): also how a proposal is turned down. */
export async function deleteActivity(db: Db, viewer: Viewer, id: string): Promise<void> {
  await db.$transaction(async (tx) => {
    const existing = await loadActivity(tx, id);
    if (!existing) throw notFound("Activity");
    await tx.activity.delete({ where: { id } });
    await recordAudit(tx, {
      actor: viewer.user,
      action: existing.published ? "activity.delete" : "activity.reject",
      entityType: "activity",
      entityId: id,
      summary: existing.published
        ? `Activity “${existing.titleEl}” deleted`
        : `Proposed activity “${existing.titleEl}” not published (deleted)`,
      before: snapshot(existing),
    });
  });
}

/** POST /api/activities/:id/publish (coordinator): a proposal becomes a published activity. */
export async function publishActivity(db: Db, viewer: Viewer, id: string): Promise<Activity> {
  const row = await db.$transaction(async (tx) => {
    const existing = await loadActivity(tx, id);
    if (!existing) throw notFound("Activity");
    if (existing.published)
      throw conflict("ALREADY_PUBLISHED", "The activity is already published");
    const updated = await tx.activity.update({
      where: { id },
      data: { published: true },
      include: ACTIVITY_INCLUDE,
    });
    await recordAudit(tx, {
      actor: viewer.user,
      action: "activity.publish",
      entityType: "activity",
      entityId: id,
      summary: `Proposed activity “${existing.titleEl}” published`,
      before: { published: false },
      after: { published: true },
    });
    return updated;
  });
  return toActivity(row, viewer);
}

/**
 * POST/DELETE /api/activities/:id/participants/me: an officer or representative marks (or
 * unmarks) their OWN municipality's participation. The municipality comes from the
 * account, never from the request. Idempotent.
 */
export async function setOwnParticipation(
  db: Db,
  viewer: Viewer,
  id: string,
  participating: boolean,
): Promise<Activity> {
  const user = viewer.user;
  const own = user?.municipalityId;
  if (!user || !own) throw forbidden("Only a municipality's users mark participation");
  const row = await db.$transaction(async (tx) => {
    const existing = await loadActivity(tx, id);
    if (!existing?.published || !canSee(viewer, existing)) {
      throw notFound("Activity");
    }
    const isParticipant = existing.participants.some((p) => p.municipality.id === own);
    if (isParticipant === participating) return existing;
    if (participating) {
      if (existing.status === "cancelled") {
        throw conflict("ACTIVITY_CANCELLED", "The activity has been cancelled");
      }
      if (existing.hostMunicipalityId === own) {
        throw conflict("HOST_MUNICIPALITY", "Your municipality hosts this activity");
      }
      const facts = (await loadMembershipFacts(tx, [own])).get(own);
      if (!facts || !isMemberOn(facts, athensToday())) {
        throw unprocessable("NOT_A_MEMBER", "Only members of the network take part in activities");
      }
      await tx.activityParticipant.create({ data: { activityId: id, municipalityId: own } });
    } else {
      await tx.activityParticipant.delete({
        where: { activityId_municipalityId: { activityId: id, municipalityId: own } },
      });
    }
    // updatedAt moves so feeds and caches see the change
    const updated = await tx.activity.update({
      where: { id },
      data: { updatedAt: new Date() },
      include: ACTIVITY_INCLUDE,
    });
    await recordAudit(tx, {
      actor: user,
      action: participating ? "activity.participation.add" : "activity.participation.remove",
      entityType: "activity",
      entityId: id,
      summary: participating
        ? `${own} takes part in “${existing.titleEl}”`
        : `${own} no longer takes part in “${existing.titleEl}”`,
      before: { participantMunicipalityIds: snapshot(existing).participantMunicipalityIds },
      after: { participantMunicipalityIds: snapshot(updated).participantMunicipalityIds },
    });
    return updated;
  });
  return toActivity(row, viewer);
}

/** The followed pillars of a user (User.followedPillars, a comma list). */
export function parsePillars(value: string): Pillar[] {
  const list = value
    .split(",")
    .map((p) => p.trim())
    .filter((p): p is Pillar => isOneOf(PILLARS, p));
  return PILLARS.filter((p) => list.includes(p));
}

export async function getMyPillars(db: Db, user: SessionUser) {
  const row = await db.user.findUnique({
    where: { id: user.id },
    select: { followedPillars: true },
  });
  return { pillars: parsePillars(row?.followedPillars ?? "") };
}

export async function setMyPillars(db: Db, user: SessionUser, pillars: Pillar[]) {
  const ordered = PILLARS.filter((p) => pillars.includes(p));
  await db.$transaction(async (tx) => {
    const before = await tx.user.findUnique({
      where: { id: user.id },
      select: { followedPillars: true },
    });
    await tx.user.update({ where: { id: user.id }, data: { followedPillars: ordered.join(",") } });
    await recordAudit(tx, {
      actor: user,
      action: "user.pillars",
      entityType: "user",
      entityId: user.id,
      summary: `Followed pillars: ${ordered.join(", ") || "none"}`,
      before: { pillars: parsePillars(before?.followedPillars ?? "") },
      after: { pillars: ordered },
    });
  });
  return { pillars: ordered };
}
