// POST /api/amendments/:id/reminders → { reminded } (the secretariat): a notice to each
// frozen party that has not answered (e-mailed too when SMTP is configured).
import type { ReminderResult } from "@cni/contracts/amendments";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { invalidateAfterWrite } from "@/entities/session/session-cache";
import { api } from "@/lib/api-client";

export function remindParties(id: string): Promise<ReminderResult> {
  return api.post<ReminderResult>(`/api/amendments/${encodeURIComponent(id)}/reminders`);
}

export function useRemindParties() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: remindParties,
    onSuccess: () => invalidateAfterWrite(queryClient),
  });
}
