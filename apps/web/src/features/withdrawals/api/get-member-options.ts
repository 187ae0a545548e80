// GET /api/municipalities?status=member → the municipalities that can file a withdrawal
// today (members without a pending one), for the coordinator's choice in the form.
import type { MunicipalityList } from "@cni/contracts/municipalities";
import { queryOptions, useQuery } from "@tanstack/react-query";
import { api } from "@/lib/api-client";
import { withdrawalsQueryKeyRoot } from "./get-withdrawals";

export const getMemberOptionsQueryKey = () =>
  [...withdrawalsQueryKeyRoot, "member-options"] as const;

export function getMemberOptions(signal?: AbortSignal): Promise<MunicipalityList> {
  return api.get<MunicipalityList>("/api/municipalities", { params: { status: "member" }, signal });
}

export const getMemberOptionsQueryOptions = () =>
  queryOptions({
    queryKey: getMemberOptionsQueryKey(),
    queryFn: ({ signal }) => getMemberOptions(signal),
  });

export function useMemberOptions(options: { enabled?: boolean } = {}) {
  return useQuery({ ...getMemberOptionsQueryOptions(), enabled: options.enabled ?? true });
}
