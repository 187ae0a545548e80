import type { Evaluation, EvaluationInput } from "@cni/contracts/reviews";
import type { IsoDate } from "@cni/domain/dates";
import type { Db } from "../../db/client.ts";
import { assertCanActFor, type SessionUser } from "../../lib/access.ts";
import { recordAudit } from "../../lib/audit.ts";
import { forbidden, unprocessable } from "../../lib/errors.ts";
import { EMPTY_FACTS, loadMembershipFacts } from "../../lib/parties.ts";
import { assertRepresentativePower } from "../../lib/powers.ts";
import { toEvaluation } from "./evaluation-row.ts";
import { lastDayAsPartyBy, participantsOf } from "./participants.ts";
import {
  assertAcceptsEvaluations,
  findCycleOr404,
  type ReviewOptions,
  statusOf,
} from "./review-cycle.ts";

/** Officers and representatives act only for their own municipality; coordinators never submit. */
function assertMayEvaluateFor(actor: SessionUser, municipalityId: string) {
  if (actor.role === "coordinator") {
    throw forbidden("Coordinators do not submit evaluations for a municipality");
  }
  assertCanActFor(actor, municipalityId);
}

/** PUT /api/reviews/:dueOn/evaluations/:municipalityId: submit, or edit until closed. */
export async function submitEvaluation(
  db: Db,
  {
    actor,
    dueOn,
    municipalityId,
    body,
    ...opts
  }: {
    actor: SessionUser;
    dueOn: IsoDate;
    municipalityId: string;
    body: EvaluationInput;
  } & ReviewOptions,
): Promise<{ evaluation: Evaluation; created: boolean }> {
  assertMayEvaluateFor(actor, municipalityId);
  const cycle = findCycleOr404(dueOn, opts.today);
  const facts = await loadMembershipFacts(db);
  if (!participantsOf(facts, cycle, opts.today).includes(municipalityId)) {
    throw unprocessable(
      "NOT_A_PARTICIPANT",
      "This municipality was not a party to the MoU during the period under review",
    );
  }
  // the municipality's verified officer, or its current representative or alternate (a
  // replaced representative keeps read access only); judged on its last day as a party
  // if it has withdrawn since
  await assertRepresentativePower(db, actor, municipalityId, {
    officerToo: true,
    day: lastDayAsPartyBy(facts.get(municipalityId) ?? EMPTY_FACTS, opts.today),
  });
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
      submittedById: actor.id,
    };
    const saved = before
      ? await tx.evaluation.update({ where: key, data })
      : await tx.evaluation.create({ data: { ...data, dueOn: cycle.dueOn, municipalityId } });
    const evaluation = toEvaluation(saved);
    await recordAudit(tx, {
      actor,
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
