// POST /api/withdrawals/:id/rescind → Withdrawal (status "rescinded").
import type { Withdrawal } from "@cni/contracts/withdrawals";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { api } from "@/lib/api-client";
import { invalidateAfterWithdrawalChange } from "./create-withdrawal";

export function rescindWithdrawal(id: string): Promise<Withdrawal> {
  return api.post<Withdrawal>(`/api/withdrawals/${encodeURIComponent(id)}/rescind`);
}

export function useRescindWithdrawal() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: rescindWithdrawal,
    onSuccess: () => invalidateAfterWithdrawalChange(queryClient),
  });
}
