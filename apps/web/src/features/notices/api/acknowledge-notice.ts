// POST /api/notices/:id/acknowledge → Notice (idempotent: a repeat returns the first one).
import type { Notice } from "@cni/contracts/notices";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { api } from "@/lib/api-client";
import { noticesQueryKeyRoot } from "./get-notices";

export function acknowledgeNotice(id: string): Promise<Notice> {
  return api.post<Notice>(`/api/notices/${encodeURIComponent(id)}/acknowledge`, {});
}

export function useAcknowledgeNotice() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: acknowledgeNotice,
    // the coordinators' per-declaration acknowledgement lists change too
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: noticesQueryKeyRoot }),
        queryClient.invalidateQueries({ queryKey: ["accessions"] }),
      ]),
  });
}
