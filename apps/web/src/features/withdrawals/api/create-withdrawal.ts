// POST /api/withdrawals → 201 Withdrawal. Filing changes the municipality's status and the
// directory, so those queries are refreshed too.
import type { Withdrawal, WithdrawalCreate } from "@cni/contracts/withdrawals";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { invalidateAfterWrite } from "@/entities/session/session-cache";
import { api } from "@/lib/api-client";

export function createWithdrawal(input: WithdrawalCreate): Promise<Withdrawal> {
  return api.post<Withdrawal>("/api/withdrawals", input);
}

export function useCreateWithdrawal() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createWithdrawal,
    onSuccess: () => invalidateAfterWithdrawalChange(queryClient),
  });
}

/**
 * A withdrawal changes a municipality's membership status, which almost every view derives
 * from (directory, counts, timelines, charts, notices): refresh everything but the session.
 * Only the queries on screen refetch; the rest are marked stale.
 */
export function invalidateAfterWithdrawalChange(
  queryClient: ReturnType<typeof useQueryClient>,
): Promise<unknown> {
  return invalidateAfterWrite(queryClient);
}
