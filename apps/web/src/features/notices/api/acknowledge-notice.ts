// POST /api/notices/:id/acknowledge → Notice (idempotent: a repeat returns the first one).
import type { Notice } from "@cni/contracts/notices";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { invalidateAfterWrite } from "@/entities/session/session-cache";
import { api } from "@/lib/api-client";

export function acknowledgeNotice(id: string): Promise<Notice> {
  return api.post<Notice>(`/api/notices/${encodeURIComponent(id)}/acknowledge`, {});
}

export function useAcknowledgeNotice() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: acknowledgeNotice,
    // other pages show acknowledgements too (a declaration's list, the dashboard)
    onSuccess: () => invalidateAfterWrite(queryClient),
  });
}
