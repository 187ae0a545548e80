// Biennial reviews: cycles derived from the 2024-06-17 anchor (no cron), evaluations by
// each participating member, notices on opening and reminders, and the frozen report.
//
// Opening: a cycle is open from `dueOn − CNI_REVIEW_OPEN_DAYS_BEFORE` days on its own, and
// evaluations can be submitted from then. The "opened" notices are sent only when a
// coordinator opens the cycle explicitly (POST /open): early, or on/after the start of the
// window. That happens at most once per cycle (ReviewCycle.openedAt), so it is deterministic
// and never depends on who happens to read the cycle first.
import type {
  Evaluation,
  EvaluationInput,
  ReviewDetail,
  ReviewReport,
  ReviewSummary,
} from "@cni/contracts/reviews";
import { athensDateOf, type IsoDate } from "@cni/domain/dates";
import type { MembershipFacts } from "@cni/domain/membership";
import {
  type ReviewCycle,
  reviewCycleByDueOn,
  reviewCyclesThrough,
  reviewOpensOn,
  reviewStatusOn,
} from "@cni/domain/review-cycles";
import { compareGreek } from "@cni/domain/text";
import type { Db, Tx } from "../../db/client.ts";
import { assertCanActFor, type SessionUser } from "../../lib/access.ts";
import { recordAudit } from "../../lib/audit.ts";
import { conflict, forbidden, notFound, unprocessable } from "../../lib/errors.ts";
import { loadMembershipFacts } from "../municipalities/facts.ts";
import { notifyParties } from "../notices/send.ts";
import { participantsOf } from "./participants.ts";
import { buildReport, evaluationsKnownOn, municipalityNames, ref } from "./report.ts";

type CycleRow = {
  dueOn: string;
  openedAt: Date | null;
  closedAt: Date | null;
  reportJson: string | null;
};

export type ReviewOptions = {
  /** The day the question is asked (Athens date): today, or `?asOf=` on reads. */
  today: IsoDate;
  openDaysBefore: number;
};

const dateOf = (at: Date | null) => (at ? athensDateOf(at) : null);

function statusOf(cycle: ReviewCycle, row: CycleRow | null, opts: ReviewOptions) {
  return reviewStatusOn(cycle, opts.today, {
    openDaysBefore: opts.openDaysBefore,
    closedOn: dateOf(row?.closedAt ?? null),
    openedOn: dateOf(row?.openedAt ?? null),
  });
}

/** The frozen report, if the cycle was closed on or before `today`. */
function frozenReport(row: CycleRow | null, today: IsoDate): ReviewReport | null {
  if (!row?.closedAt || !row.reportJson || athensDateOf(row.closedAt) > today) return null;
  return JSON.parse(row.reportJson) as ReviewReport;
}

/** A review due date whose period has started by `today`; anything else is 404. */
function cycleOr404(dueOn: IsoDate, today: IsoDate): ReviewCycle {
  const cycle = reviewCycleByDueOn(dueOn);
  if (!cycle || cycle.periodStart > today) throw notFound("Review cycle");
  return cycle;
}

function summarize(
  cycle: ReviewCycle,
  row: CycleRow | null,
  opts: ReviewOptions,
  counts: { expected: number; submitted: number },
): ReviewSummary {
  const frozen = frozenReport(row, opts.today);
  const visibleRow = row && {
    openedAt: row.openedAt && athensDateOf(row.openedAt) <= opts.today ? row.openedAt : null,
    closedAt: frozen ? row.closedAt : null,
  };
  return {
    ...cycle,
    status: statusOf(cycle, row, opts),
    opensOn: reviewOpensOn(cycle, opts.openDaysBefore),
    expected: frozen ? frozen.expected : counts.expected,
    submitted: frozen ? frozen.submitted : counts.submitted,
    openedAt: visibleRow?.openedAt?.toISOString() ?? null,
    closedAt: visibleRow?.closedAt?.toISOString() ?? null,
  };
}

/** Live counts: participants as of `today` and how many of them have submitted by then. */
async function liveCounts(
  db: Db | Tx,
  cycle: ReviewCycle,
  facts: Map<string, MembershipFacts>,
  today: IsoDate,
) {
  const participants = participantsOf(facts, cycle, today);
  const submittedIds = new Set(
    (await evaluationsKnownOn(db, cycle.dueOn, today)).map((e) => e.municipalityId),
  );
  return {
    participants,
    submittedIds,
    expected: participants.length,
    submitted: participants.filter((id) => submittedIds.has(id)).length,
  };
}

/** GET /api/reviews: every cycle whose period has started by `today`, oldest first. */
export async function listReviews(db: Db, opts: ReviewOptions): Promise<ReviewSummary[]> {
  const cycles = reviewCyclesThrough(opts.today);
  if (cycles.length === 0) return [];
  const [rows, facts] = await Promise.all([
    db.reviewCycle.findMany({ where: { dueOn: { in: cycles.map((c) => c.dueOn) } } }),
    loadMembershipFacts(db),
  ]);
  const rowByDue = new Map(rows.map((r) => [r.dueOn, r]));
  return Promise.all(
    cycles.map(async (cycle) => {
      const row = rowByDue.get(cycle.dueOn) ?? null;
      const counts = frozenReport(row, opts.today)
        ? { expected: 0, submitted: 0 }
        : await liveCounts(db, cycle, facts, opts.today);
      return summarize(cycle, row, opts, counts);
    }),
  );
}

async function loadCycle(db: Db | Tx, dueOn: IsoDate, opts: ReviewOptions) {
  const cycle = cycleOr404(dueOn, opts.today);
  const row = await db.reviewCycle.findUnique({ where: { dueOn: cycle.dueOn } });
  return { cycle, row, status: statusOf(cycle, row, opts) };
}

/** GET /api/reviews/:dueOn: coordinators see every participant, others their own. */
export async function getReviewDetail(
  db: Db,
  user: SessionUser,
  dueOn: IsoDate,
  opts: ReviewOptions,
): Promise<ReviewDetail> {
  const { cycle, row, status } = await loadCycle(db, dueOn, opts);
  const frozen = frozenReport(row, opts.today);
  const [facts, names, evaluations] = await Promise.all([
    loadMembershipFacts(db),
    municipalityNames(db),
    evaluationsKnownOn(db, cycle.dueOn, opts.today),
  ]);
  const live = await liveCounts(db, cycle, facts, opts.today);
  const participants = frozen
    ? frozen.participants.map((p) => p.municipalityId)
    : live.participants;
  const evaluationBy = new Map(evaluations.map((e) => [e.municipalityId, e]));
  const rows = participants
    .map((id) => {
      const e = evaluationBy.get(id);
      return {
        ...ref(names, id),
        submitted: e !== undefined,
        submittedAt: e?.createdAt.toISOString() ?? null,
        updatedAt: e?.updatedAt.toISOString() ?? null,
      };
    })
    .sort((a, b) => compareGreek(a.nameEl, b.nameEl));
  const own =
    user.role === "coordinator" || !user.municipalityId
      ? null
      : {
          municipalityId: user.municipalityId,
          participant: participants.includes(user.municipalityId),
          submitted: evaluationBy.has(user.municipalityId),
          canSubmit:
            (status === "open" || status === "overdue") &&
            participants.includes(user.municipalityId),
        };
  return {
    ...summarize(cycle, row, opts, live),
    participants:
      user.role === "coordinator"
        ? rows
        : rows.filter((r) => r.municipalityId === own?.municipalityId),
    own,
  };
}

function toEvaluation(e: {
  id: string;
  dueOn: string;
  municipalityId: string;
  scoreEmployability: number;
  scoreMunicipalStructures: number;
  scoreInclusion: number;
  achievements: string;
  challenges: string;
  proposals: string;
  createdAt: Date;
  updatedAt: Date;
}): Evaluation {
  return {
    id: e.id,
    dueOn: e.dueOn,
    municipalityId: e.municipalityId,
    scores: {
      employability: e.scoreEmployability,
      municipal_structures: e.scoreMunicipalStructures,
      inclusion: e.scoreInclusion,
    },
    achievements: e.achievements,
    challenges: e.challenges,
    proposals: e.proposals,
    submittedAt: e.createdAt.toISOString(),
    updatedAt: e.updatedAt.toISOString(),
  };
}

/** Officers and representatives act only for their own municipality; coordinators never submit. */
function assertMayEvaluateFor(user: SessionUser, municipalityId: string) {
  if (user.role === "coordinator") {
    throw forbidden("Coordinators do not submit evaluations for a municipality");
  }
  assertCanActFor(user, municipalityId);
}

/** GET /api/reviews/:dueOn/evaluations/:municipalityId (own, or any for coordinators). */
export async function getEvaluation(
  db: Db,
  user: SessionUser,
  dueOn: IsoDate,
  municipalityId: string,
  opts: ReviewOptions,
): Promise<Evaluation> {
  assertCanActFor(user, municipalityId);
  const cycle = cycleOr404(dueOn, opts.today);
  const row = await db.evaluation.findUnique({
    where: { dueOn_municipalityId: { dueOn: cycle.dueOn, municipalityId } },
  });
  if (!row) throw notFound("Evaluation");
  return toEvaluation(row);
}

function assertAcceptsEvaluations(status: string) {
  if (status === "closed") throw conflict("REVIEW_CLOSED", "This review is closed");
  if (status === "upcoming") {
    throw conflict("REVIEW_NOT_OPEN", "This review is not open for evaluations yet");
  }
}

/** PUT /api/reviews/:dueOn/evaluations/:municipalityId: submit or edit until closed. */
export async function submitEvaluation(
  db: Db,
  user: SessionUser,
  dueOn: IsoDate,
  municipalityId: string,
  body: EvaluationInput,
  opts: ReviewOptions,
): Promise<{ evaluation: Evaluation; created: boolean }> {
  assertMayEvaluateFor(user, municipalityId);
  const cycle = cycleOr404(dueOn, opts.today);
  const facts = await loadMembershipFacts(db);
  if (!participantsOf(facts, cycle, opts.today).includes(municipalityId)) {
    throw unprocessable(
      "NOT_A_PARTICIPANT",
      "This municipality was not a party to the MoU during the period under review",
    );
  }
  return db.$transaction(async (tx) => {
    const row = await tx.reviewCycle.findUnique({ where: { dueOn: cycle.dueOn } });
    assertAcceptsEvaluations(statusOf(cycle, row, opts));
    if (!row) await tx.reviewCycle.create({ data: { dueOn: cycle.dueOn } });
    const key = { dueOn_municipalityId: { dueOn: cycle.dueOn, municipalityId } };
    const before = await tx.evaluation.findUnique({ where: key });
    const data = {
      scoreEmployability: body.scores.employability,
      scoreMunicipalStructures: body.scores.municipal_structures,
      scoreInclusion: body.scores.inclusion,
      achievements: body.achievements,
      challenges: body.challenges,
      proposals: body.proposals,
      submittedById: user.id,
    };
    const saved = before
      ? await tx.evaluation.update({ where: key, data })
      : await tx.evaluation.create({ data: { ...data, dueOn: cycle.dueOn, municipalityId } });
    const evaluation = toEvaluation(saved);
    await recordAudit(tx, {
      actor: user,
      action: before ? "review.evaluation.update" : "review.evaluation.submit",
      entityType: "evaluation",
      entityId: saved.id,
      summary: `${before ? "Updated" : "Submitted"} the evaluation of ${municipalityId} for the review due ${cycle.dueOn}`,
      before: before ? toEvaluation(before) : undefined,
      after: evaluation,
    });
    return { evaluation, created: !before };
  });
}

/** POST /api/reviews/:dueOn/open: opens (early, or formally) and notifies every participant. */
export async function openReview(
  db: Db,
  user: SessionUser,
  dueOn: IsoDate,
  opts: ReviewOptions,
): Promise<{ recipients: string[] }> {
  const cycle = cycleOr404(dueOn, opts.today);
  const facts = await loadMembershipFacts(db);
  const participants = participantsOf(facts, cycle, opts.today);
  return db.$transaction(async (tx) => {
    const row = await tx.reviewCycle.findUnique({ where: { dueOn: cycle.dueOn } });
    if (row?.closedAt) throw conflict("REVIEW_CLOSED", "This review is closed");
    if (row?.openedAt) throw conflict("REVIEW_ALREADY_OPENED", "This review was already opened");
    const openedAt = new Date();
    await tx.reviewCycle.upsert({
      where: { dueOn: cycle.dueOn },
      create: { dueOn: cycle.dueOn, openedAt },
      update: { openedAt },
    });
    const recipients = await notifyParties(tx, {
      kind: "review",
      event: "opened",
      subjectMunicipalityId: null,
      partiesOn: opts.today,
      recipients: participants,
      reviewDueOn: cycle.dueOn,
    });
    await recordAudit(tx, {
      actor: user,
      action: "review.open",
      entityType: "review",
      entityId: cycle.dueOn,
      summary: `Opened the review due ${cycle.dueOn}; notified ${recipients.length} participants`,
      after: { openedAt: openedAt.toISOString(), recipients },
    });
    return { recipients };
  });
}

/** POST /api/reviews/:dueOn/reminders: a reminder to each participant that has not submitted. */
export async function remindReview(
  db: Db,
  user: SessionUser,
  dueOn: IsoDate,
  opts: ReviewOptions,
): Promise<{ recipients: string[] }> {
  const cycle = cycleOr404(dueOn, opts.today);
  const facts = await loadMembershipFacts(db);
  return db.$transaction(async (tx) => {
    const row = await tx.reviewCycle.findUnique({ where: { dueOn: cycle.dueOn } });
    assertAcceptsEvaluations(statusOf(cycle, row, opts));
    const live = await liveCounts(tx, cycle, facts, opts.today);
    const missing = live.participants.filter((id) => !live.submittedIds.has(id));
    if (missing.length === 0) return { recipients: [] };
    const recipients = await notifyParties(tx, {
      kind: "review",
      event: "reminder",
      subjectMunicipalityId: null,
      partiesOn: opts.today,
      recipients: missing,
      reviewDueOn: cycle.dueOn,
    });
    await recordAudit(tx, {
      actor: user,
      action: "review.remind",
      entityType: "review",
      entityId: cycle.dueOn,
      summary: `Sent a reminder for the review due ${cycle.dueOn} to ${recipients.length} participants`,
      after: { recipients },
    });
    return { recipients };
  });
}

/** POST /api/reviews/:dueOn/close: freezes the cycle and stores its report. */
export async function closeReview(
  db: Db,
  user: SessionUser,
  dueOn: IsoDate,
  opts: ReviewOptions,
): Promise<ReviewReport> {
  const cycle = cycleOr404(dueOn, opts.today);
  return db.$transaction(async (tx) => {
    const row = await tx.reviewCycle.findUnique({ where: { dueOn: cycle.dueOn } });
    assertAcceptsEvaluations(statusOf(cycle, row, opts));
    const closedAt = new Date();
    const report = await buildReport(tx, cycle, {
      asOf: opts.today,
      status: "closed",
      frozen: true,
      generatedAt: closedAt,
    });
    const data = { closedAt, closedById: user.id, reportJson: JSON.stringify(report) };
    await tx.reviewCycle.upsert({
      where: { dueOn: cycle.dueOn },
      create: { dueOn: cycle.dueOn, ...data },
      update: data,
    });
    await recordAudit(tx, {
      actor: user,
      action: "review.close",
      entityType: "review",
      entityId: cycle.dueOn,
      summary: `Closed the review due ${cycle.dueOn}: ${report.submitted} of ${report.expected} participants submitted`,
      before: { status: statusOf(cycle, row, opts) },
      after: { status: "closed", expected: report.expected, submitted: report.submitted },
    });
    return report;
  });
}

/** GET /api/reviews/:dueOn/report: the frozen report, or a live preview while not closed. */
export async function getReport(
  db: Db,
  dueOn: IsoDate,
  opts: ReviewOptions,
): Promise<ReviewReport> {
  const { cycle, row, status } = await loadCycle(db, dueOn, opts);
  const frozen = frozenReport(row, opts.today);
  if (frozen) return frozen;
  return buildReport(db, cycle, {
    asOf: opts.today,
    status,
    frozen: false,
    generatedAt: new Date(),
  });
}
