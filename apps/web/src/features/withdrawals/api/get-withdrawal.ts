// GET /api/withdrawals/:id?asOf= → Withdrawal (its municipality's users and coordinators).
import type { Withdrawal } from "@cni/contracts/withdrawals";
import { queryOptions, useQuery } from "@tanstack/react-query";
import { api } from "@/lib/api-client";
import { withdrawalsQueryKeyRoot } from "./get-withdrawals";

export const getWithdrawalQueryKey = (id: string) =>
  [...withdrawalsQueryKeyRoot, "detail", id] as const;

export function getWithdrawal(id: string, signal?: AbortSignal): Promise<Withdrawal> {
  return api.get<Withdrawal>(`/api/withdrawals/${encodeURIComponent(id)}`, { signal });
}

export const getWithdrawalQueryOptions = (id: string) =>
  queryOptions({
    queryKey: getWithdrawalQueryKey(id),
    queryFn: ({ signal }) => getWithdrawal(id, signal),
  });

export function useWithdrawal(id: string) {
  return useQuery(getWithdrawalQueryOptions(id));
}
