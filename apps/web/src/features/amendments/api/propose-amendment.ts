// POST /api/amendments → 201 AmendmentDetail (a representative or alternate). Every party
// is notified, so notices and the dashboard change too: refresh everything but the session.
import type { AmendmentBody, AmendmentDetail } from "@cni/contracts/amendments";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { invalidateAfterWrite } from "@/entities/session/session-cache";
import { api } from "@/lib/api-client";

export function proposeAmendment(body: AmendmentBody): Promise<AmendmentDetail> {
  return api.post<AmendmentDetail>("/api/amendments", body);
}

export function useProposeAmendment() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: proposeAmendment,
    onSuccess: () => invalidateAfterWrite(queryClient),
  });
}
