// GET /api/withdrawals?status=&municipalityId=&asOf= → { items, total } (signed in:
// coordinators see all, officers and representatives their municipality's).
import type { WithdrawalList } from "@cni/contracts/withdrawals";
import type { WithdrawalStatus } from "@cni/domain/enums";
import { queryOptions, useQuery } from "@tanstack/react-query";
import { api } from "@/lib/api-client";

export type WithdrawalsParams = {
  status?: WithdrawalStatus[];
  municipalityId?: string;
  asOf?: string;
};

function toQuery(params: WithdrawalsParams) {
  return {
    status: params.status?.length ? [...params.status].sort().join(",") : undefined,
    municipalityId: params.municipalityId || undefined,
    asOf: params.asOf || undefined,
  };
}

/** Every withdrawal query starts with this, so a mutation can invalidate them all. */
export const withdrawalsQueryKeyRoot = ["withdrawals"] as const;

export const getWithdrawalsQueryKey = (params: WithdrawalsParams = {}) =>
  [...withdrawalsQueryKeyRoot, "list", toQuery(params)] as const;

export function getWithdrawals(
  params: WithdrawalsParams = {},
  signal?: AbortSignal,
): Promise<WithdrawalList> {
  return api.get<WithdrawalList>("/api/withdrawals", { params: toQuery(params), signal });
}

export const getWithdrawalsQueryOptions = (params: WithdrawalsParams = {}) =>
  queryOptions({
    queryKey: getWithdrawalsQueryKey(params),
    queryFn: ({ signal }) => getWithdrawals(params, signal),
  });

export function useWithdrawals(
  params: WithdrawalsParams = {},
  options: { enabled?: boolean } = {},
) {
  return useQuery({ ...getWithdrawalsQueryOptions(params), enabled: options.enabled ?? true });
}
