// POST /api/amendments/:id/status { status: "withdrawn" } → AmendmentDetail (the proposer,
// before an outcome; the only status anyone sets).
import type { AmendmentDetail } from "@cni/contracts/amendments";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { invalidateAfterWrite } from "@/entities/session/session-cache";
import { api } from "@/lib/api-client";

export function withdrawAmendment(id: string): Promise<AmendmentDetail> {
  return api.post<AmendmentDetail>(`/api/amendments/${encodeURIComponent(id)}/status`, {
    status: "withdrawn",
  });
}

export function useWithdrawAmendment() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: withdrawAmendment,
    onSuccess: () => invalidateAfterWrite(queryClient),
  });
}
