// GET /api/reviews/:dueOn/evaluations/:municipalityId → Evaluation (own municipality or
// coordinator). 404 while nothing has been submitted: the form then starts empty.
import type { Evaluation } from "@cni/contracts/reviews";
import { queryOptions, useQuery } from "@tanstack/react-query";
import { api, isApiError } from "@/lib/api-client";
import { reviewsQueryKeyRoot } from "./get-reviews";

export const getEvaluationQueryKey = (dueOn: string, municipalityId: string) =>
  [...reviewsQueryKeyRoot, "evaluation", dueOn, municipalityId] as const;

/** The evaluation, or null when the municipality has not submitted one yet. */
export async function getEvaluation(
  dueOn: string,
  municipalityId: string,
  signal?: AbortSignal,
): Promise<Evaluation | null> {
  try {
    return await api.get<Evaluation>(
      `/api/reviews/${encodeURIComponent(dueOn)}/evaluations/${encodeURIComponent(municipalityId)}`,
      { signal },
    );
  } catch (error) {
    if (isApiError(error) && error.status === 404) return null;
    throw error;
  }
}

export const getEvaluationQueryOptions = (dueOn: string, municipalityId: string) =>
  queryOptions({
    queryKey: getEvaluationQueryKey(dueOn, municipalityId),
    queryFn: ({ signal }) => getEvaluation(dueOn, municipalityId, signal),
  });

export function useEvaluation(
  dueOn: string,
  municipalityId: string | null,
  options: { enabled?: boolean } = {},
) {
  return useQuery({
    ...getEvaluationQueryOptions(dueOn, municipalityId ?? ""),
    enabled: (options.enabled ?? true) && municipalityId !== null,
  });
}
