// POST /api/amendments/:id/status → AmendmentDetail (coordinator): under discussion, adopted
// or rejected (a note is required for a decision). A decision notifies every party and an
// adoption changes the MoU page: refresh everything but the session.
import type { AmendmentDetail, AmendmentStatusBody } from "@cni/contracts/amendments";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { api } from "@/lib/api-client";

export function changeAmendmentStatus(input: { id: string; body: AmendmentStatusBody }) {
  return api.post<AmendmentDetail>(
    `/api/amendments/${encodeURIComponent(input.id)}/status`,
    input.body,
  );
}

export function useChangeAmendmentStatus() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: changeAmendmentStatus,
    onSuccess: () =>
      queryClient.invalidateQueries({ predicate: (query) => query.queryKey[0] !== "auth" }),
  });
}
