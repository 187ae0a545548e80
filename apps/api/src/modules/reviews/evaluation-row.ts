import type { Evaluation } from "@cni/contracts/reviews";

type EvaluationRow = {
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
};

/** The three scores of a stored evaluation, by pillar. */
export function scoresOf(
  e: Pick<EvaluationRow, "scoreEmployability" | "scoreMunicipalStructures" | "scoreInclusion">,
): Evaluation["scores"] {
  return {
    employability: e.scoreEmployability,
    municipal_structures: e.scoreMunicipalStructures,
    inclusion: e.scoreInclusion,
  };
}

/** A stored evaluation as the API returns it (and audits it). */
export function toEvaluation(e: EvaluationRow): Evaluation {
  return {
    id: e.id,
    dueOn: e.dueOn,
    municipalityId: e.municipalityId,
    scores: scoresOf(e),
    achievements: e.achievements,
    challenges: e.challenges,
    proposals: e.proposals,
    submittedAt: e.createdAt.toISOString(),
    updatedAt: e.updatedAt.toISOString(),
  };
}
