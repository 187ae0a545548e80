// PUT /api/reviews/:dueOn/evaluations/:municipalityId → Evaluation (201 first time, 200 after).
import type { Evaluation, EvaluationBody } from "@cni/contracts/reviews";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { api } from "@/lib/api-client";
import { getEvaluationQueryKey } from "./get-evaluation";
import { reviewsQueryKeyRoot } from "./get-reviews";

export type SaveEvaluationInput = {
  dueOn: string;
  municipalityId: string;
  body: EvaluationBody;
};

export function saveEvaluation({ dueOn, municipalityId, body }: SaveEvaluationInput) {
  return api.put<Evaluation>(
    `/api/reviews/${encodeURIComponent(dueOn)}/evaluations/${encodeURIComponent(municipalityId)}`,
    body,
  );
}

export function useSaveEvaluation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: saveEvaluation,
    onSuccess: async (saved, input) => {
      queryClient.setQueryData(getEvaluationQueryKey(input.dueOn, input.municipalityId), saved);
      await queryClient.invalidateQueries({ queryKey: reviewsQueryKeyRoot });
    },
  });
}
