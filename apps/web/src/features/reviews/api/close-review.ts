// POST /api/reviews/:dueOn/close → ReviewReport (coordinator). Closes the cycle: evaluations are frozen and the report is stored.
// It changes counts, statuses and notices shown elsewhere: refresh everything but the session.
import type { ReviewReport } from "@cni/contracts/reviews";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { invalidateAfterWrite } from "@/entities/session/session-cache";
import { api } from "@/lib/api-client";

export function closeReview(dueOn: string): Promise<ReviewReport> {
  return api.post<ReviewReport>(`/api/reviews/${encodeURIComponent(dueOn)}/close`);
}

export function useCloseReview() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: closeReview,
    onSuccess: () => invalidateAfterWrite(queryClient),
  });
}
