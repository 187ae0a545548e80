// POST /api/amendments/:id/withdraw → AmendmentDetail (the proposer, before a decision).
import type { AmendmentDetail } from "@cni/contracts/amendments";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { api } from "@/lib/api-client";

export function withdrawAmendment(id: string): Promise<AmendmentDetail> {
  return api.post<AmendmentDetail>(`/api/amendments/${encodeURIComponent(id)}/withdraw`);
}

export function useWithdrawAmendment() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: withdrawAmendment,
    onSuccess: () =>
      queryClient.invalidateQueries({ predicate: (query) => query.queryKey[0] !== "auth" }),
  });
}
