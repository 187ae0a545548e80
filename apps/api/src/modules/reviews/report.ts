// The review report: what the coordinators freeze when they close a cycle (and what a
// live preview shows before that).
import type { ReviewReport } from "@cni/contracts/reviews";
import { athensDateOf, type IsoDate } from "@cni/domain/dates";
import {
  ACTIVITY_TYPES,
  type ActivityType,
  isOneOf,
  PILLARS,
  type Pillar,
  type ReviewStatus,
} from "@cni/domain/enums";
import type { ReviewCycle } from "@cni/domain/review-cycles";
import { compareGreek } from "@cni/domain/text";
import { withdrawalStatusOn } from "@cni/domain/withdrawal";
import type { Db, Tx } from "../../db/client.ts";
import { loadMembershipFacts } from "../../lib/parties.ts";
import { scoresOf } from "./evaluation-row.ts";
import { participantsOf, windowEnd } from "./participants.ts";

type Names = Map<string, { nameEl: string; nameEn: string }>;

export async function municipalityNames(db: Db | Tx): Promise<Names> {
  const rows = await db.municipality.findMany({ select: { id: true, nameEl: true, nameEn: true } });
  return new Map(rows.map((r) => [r.id, { nameEl: r.nameEl, nameEn: r.nameEn }]));
}

export function ref(names: Names, municipalityId: string) {
  const name = names.get(municipalityId);
  return {
    municipalityId,
    nameEl: name?.nameEl ?? municipalityId,
    nameEn: name?.nameEn ?? municipalityId,
  };
}

const byGreekName = (a: { nameEl: string }, b: { nameEl: string }) =>
  compareGreek(a.nameEl, b.nameEl);

const zeroPillars = (): Record<Pillar, number> => ({
  employability: 0,
  municipal_structures: 0,
  inclusion: 0,
});

/** Evaluations of the cycle submitted by `asOf` (Athens date of their first submission). */
export async function evaluationsKnownOn(db: Db | Tx, dueOn: IsoDate, asOf: IsoDate) {
  const rows = await db.evaluation.findMany({ where: { dueOn } });
  return rows.filter((e) => athensDateOf(e.createdAt) <= asOf);
}

/**
 * Activities in the period by type × pillar. Counts published activities that were not
 * cancelled and overlap [periodStart, end] (an activity without an end date is a one-day
 * activity on its start date). An activity with two pillars counts in both pillar columns
 * and once in its type's total.
 */
async function activitiesInPeriod(db: Db | Tx, from: IsoDate, to: IsoDate) {
  const rows = await db.activity.findMany({
    where: {
      published: true,
      status: { not: "cancelled" },
      startsOn: { lte: to },
      OR: [{ endsOn: { gte: from } }, { endsOn: null, startsOn: { gte: from } }],
    },
    select: { type: true, pillars: { select: { pillar: true } } },
  });
  const byType = new Map<ActivityType, { total: number; pillars: Record<Pillar, number> }>(
    ACTIVITY_TYPES.map((t) => [t, { total: 0, pillars: zeroPillars() }]),
  );
  const byPillar = zeroPillars();
  let total = 0;
  for (const row of rows) {
    if (!isOneOf(ACTIVITY_TYPES, row.type)) continue;
    const entry = byType.get(row.type)!;
    entry.total += 1;
    total += 1;
    for (const { pillar } of row.pillars) {
      if (!isOneOf(PILLARS, pillar)) continue;
      entry.pillars[pillar] += 1;
      byPillar[pillar] += 1;
    }
  }
  return {
    total,
    byType: ACTIVITY_TYPES.map((type) => ({ type, ...byType.get(type)! })),
    byPillar,
  };
}

async function membershipChanges(
  db: Db | Tx,
  names: Names,
  from: IsoDate,
  to: IsoDate,
  asOf: IsoDate,
): Promise<ReviewReport["membershipChanges"]> {
  const [accessions, withdrawals] = await Promise.all([
    db.accession.findMany({
      where: { status: "notified", notifiedOn: { gte: from, lte: to } },
      select: { id: true, municipalityId: true, notifiedOn: true },
      orderBy: { notifiedOn: "asc" },
    }),
    db.withdrawal.findMany({
      where: {
        notifiedOn: { lte: asOf },
        OR: [
          { notifiedOn: { gte: from, lte: to } },
          { effectiveOn: { gte: from, lte: to } },
          { rescindedOn: { gte: from, lte: to } },
        ],
      },
      orderBy: { notifiedOn: "asc" },
    }),
  ]);
  return {
    accessions: accessions.map((a) => ({
      ...ref(names, a.municipalityId),
      accessionId: a.id,
      notifiedOn: a.notifiedOn!,
    })),
    withdrawals: withdrawals.map((w) => {
      // As the facts stood on `asOf`: a rescission after that day is not known yet.
      const rescindedOn = w.rescindedOn !== null && w.rescindedOn <= asOf ? w.rescindedOn : null;
      return {
        ...ref(names, w.municipalityId),
        withdrawalId: w.id,
        declaredOn: w.decisionDate,
        notifiedOn: w.notifiedOn as string,
        effectiveOn: w.effectiveOn as string,
        rescindedOn,
        status: withdrawalStatusOn({ notifiedOn: w.notifiedOn, rescindedOn }, asOf),
      };
    }),
  };
}

/** Builds the report of a cycle as of `asOf`. Pure reads: safe inside a transaction. */
export async function buildReport(
  db: Db | Tx,
  cycle: ReviewCycle,
  opts: { asOf: IsoDate; status: ReviewStatus; frozen: boolean; generatedAt: Date },
): Promise<ReviewReport> {
  const { asOf } = opts;
  const end = windowEnd(cycle, asOf);
  const [names, facts, evaluations, activities] = await Promise.all([
    municipalityNames(db),
    loadMembershipFacts(db),
    evaluationsKnownOn(db, cycle.dueOn, asOf),
    activitiesInPeriod(db, cycle.periodStart, end),
  ]);
  const changes = await membershipChanges(db, names, cycle.periodStart, end, asOf);
  const participants = participantsOf(facts, cycle, asOf);
  const participantSet = new Set(participants);
  const submittedEvaluations = evaluations.filter((e) => participantSet.has(e.municipalityId));
  const submittedIds = new Set(submittedEvaluations.map((e) => e.municipalityId));

  const scores = PILLARS.map((pillar) => {
    const distribution = [0, 0, 0, 0, 0];
    let sum = 0;
    for (const e of submittedEvaluations) {
      const value =
        pillar === "employability"
          ? e.scoreEmployability
          : pillar === "municipal_structures"
            ? e.scoreMunicipalStructures
            : e.scoreInclusion;
      distribution[value - 1]! += 1;
      sum += value;
    }
    const count = submittedEvaluations.length;
    return {
      pillar,
      distribution,
      count,
      mean: count === 0 ? null : Math.round((sum / count) * 100) / 100,
    };
  });

  const participantRows = participants
    .map((id) => ({ ...ref(names, id), submitted: submittedIds.has(id) }))
    .sort(byGreekName);

  return {
    dueOn: cycle.dueOn,
    periodStart: cycle.periodStart,
    periodEnd: cycle.periodEnd,
    status: opts.status,
    frozen: opts.frozen,
    asOf,
    generatedAt: opts.generatedAt.toISOString(),
    expected: participants.length,
    submitted: submittedIds.size,
    participants: participantRows,
    membershipChanges: changes,
    activities,
    scores,
    evaluations: submittedEvaluations
      .map((e) => ({
        ...ref(names, e.municipalityId),
        scores: scoresOf(e),
        achievements: e.achievements,
        challenges: e.challenges,
        proposals: e.proposals,
      }))
      .sort(byGreekName),
    nonSubmitting: participantRows
      .filter((p) => !p.submitted)
      .map(({ municipalityId, nameEl, nameEn }) => ({ municipalityId, nameEl, nameEn })),
  };
}
