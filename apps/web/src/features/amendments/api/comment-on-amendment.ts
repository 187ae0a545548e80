// POST /api/amendments/:id/comments → 201 AmendmentDetail (signed-in members, coordinators).
import type { AmendmentDetail } from "@cni/contracts/amendments";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { api } from "@/lib/api-client";
import { getAmendmentQueryKey } from "./get-amendment";
import { amendmentsQueryKeyRoot } from "./get-amendments";

export function commentOnAmendment(input: { id: string; body: string }) {
  return api.post<AmendmentDetail>(`/api/amendments/${encodeURIComponent(input.id)}/comments`, {
    body: input.body,
  });
}

export function useCommentOnAmendment() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: commentOnAmendment,
    onSuccess: async (detail) => {
      queryClient.setQueryData(getAmendmentQueryKey(detail.id), detail);
      await queryClient.invalidateQueries({ queryKey: amendmentsQueryKeyRoot });
    },
  });
}
