// POST /api/withdrawals/:id/notify { notifiedOn? } → Withdrawal (draft → pending).
import type { Withdrawal } from "@cni/contracts/withdrawals";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { api } from "@/lib/api-client";
import { invalidateAfterWithdrawalChange } from "./create-withdrawal";

export function notifyWithdrawal(input: { id: string; notifiedOn?: string }): Promise<Withdrawal> {
  return api.post<Withdrawal>(`/api/withdrawals/${encodeURIComponent(input.id)}/notify`, {
    ...(input.notifiedOn ? { notifiedOn: input.notifiedOn } : {}),
  });
}

export function useNotifyWithdrawal() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: notifyWithdrawal,
    onSuccess: () => invalidateAfterWithdrawalChange(queryClient),
  });
}
