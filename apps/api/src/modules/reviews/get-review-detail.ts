import type { ReviewDetail } from "@cni/contracts/reviews";
import type { IsoDate } from "@cni/domain/dates";
import { compareGreek } from "@cni/domain/text";
import type { Db } from "../../db/client.ts";
import type { SessionUser } from "../../lib/access.ts";
import { loadMembershipFacts } from "../../lib/parties.ts";
import { evaluationsKnownOn, municipalityNames, ref } from "./report.ts";
import {
  frozenReport,
  liveCounts,
  loadCycle,
  type ReviewOptions,
  summarize,
} from "./review-cycle.ts";

/** GET /api/reviews/:dueOn: coordinators see every participant, others their own. */
export async function getReviewDetail(
  db: Db,
  { actor, dueOn, ...opts }: { actor: SessionUser; dueOn: IsoDate } & ReviewOptions,
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
    actor.role === "coordinator" || !actor.municipalityId
      ? null
      : {
          municipalityId: actor.municipalityId,
          participant: participants.includes(actor.municipalityId),
          submitted: evaluationBy.has(actor.municipalityId),
          canSubmit:
            (status === "open" || status === "overdue") &&
            participants.includes(actor.municipalityId),
        };
  return {
    ...summarize(cycle, row, opts, live),
    participants:
      actor.role === "coordinator"
        ? rows
        : rows.filter((r) => r.municipalityId === own?.municipalityId),
    own,
  };
}
