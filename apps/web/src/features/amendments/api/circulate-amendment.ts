// POST /api/amendments/:id/circulate → AmendmentDetail (the secretariat): one notice per
// party of today; the parties are frozen on the amendment.
import type { AmendmentDetail } from "@cni/contracts/amendments";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { invalidateAfterWrite } from "@/entities/session/session-cache";
import { api } from "@/lib/api-client";

export function circulateAmendment(id: string): Promise<AmendmentDetail> {
  return api.post<AmendmentDetail>(`/api/amendments/${encodeURIComponent(id)}/circulate`);
}

export function useCirculateAmendment() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: circulateAmendment,
    onSuccess: () => invalidateAfterWrite(queryClient),
  });
}
