// POST /api/reviews/:dueOn/reminders → ReviewRecipients (coordinator). A reminder notice to every participant that has not submitted.
// It changes counts, statuses and notices shown elsewhere: refresh everything but the session.
import type { ReviewRecipients } from "@cni/contracts/reviews";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { invalidateAfterWrite } from "@/entities/session/session-cache";
import { api } from "@/lib/api-client";

export function remindReview(dueOn: string): Promise<ReviewRecipients> {
  return api.post<ReviewRecipients>(`/api/reviews/${encodeURIComponent(dueOn)}/reminders`);
}

export function useRemindReview() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: remindReview,
    onSuccess: () => invalidateAfterWrite(queryClient),
  });
}
