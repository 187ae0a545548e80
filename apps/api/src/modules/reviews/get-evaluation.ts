import type { Evaluation } from "@cni/contracts/reviews";
import type { IsoDate } from "@cni/domain/dates";
import type { Db } from "../../db/client.ts";
import { assertCanActFor, type SessionUser } from "../../lib/access.ts";
import { or404 } from "../../lib/errors.ts";
import { toEvaluation } from "./evaluation-row.ts";
import { findCycleOr404 } from "./review-cycle.ts";

/** GET /api/reviews/:dueOn/evaluations/:municipalityId (own, or any for coordinators). */
export async function getEvaluation(
  db: Db,
  {
    actor,
    dueOn,
    municipalityId,
    today,
  }: { actor: SessionUser; dueOn: IsoDate; municipalityId: string; today: IsoDate },
): Promise<Evaluation> {
  assertCanActFor(actor, municipalityId);
  const cycle = findCycleOr404(dueOn, today);
  const row = await db.evaluation.findUnique({
    where: { dueOn_municipalityId: { dueOn: cycle.dueOn, municipalityId } },
  });
  return toEvaluation(or404(row, "Evaluation"));
}
