// POST /api/reviews/:dueOn/open → ReviewRecipients (coordinator). Opens the cycle (early if need be) and notifies every participant, once.
// It changes counts, statuses and notices shown elsewhere: refresh everything but the session.
import type { ReviewRecipients } from "@cni/contracts/reviews";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { invalidateAfterWrite } from "@/entities/session/session-cache";
import { api } from "@/lib/api-client";

export function openReview(dueOn: string): Promise<ReviewRecipients> {
  return api.post<ReviewRecipients>(`/api/reviews/${encodeURIComponent(dueOn)}/open`);
}

export function useOpenReview() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: openReview,
    onSuccess: () => invalidateAfterWrite(queryClient),
  });
}
