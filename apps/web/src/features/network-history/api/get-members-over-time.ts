// GET /api/network/members-over-time → { today, points: [{ date, members, withdrawing }] }
import type { MembersOverTime } from "@cni/contracts/network-history";
import { queryOptions, useQuery } from "@tanstack/react-query";
import { api } from "@/lib/api-client";

export const getMembersOverTimeQueryKey = () => ["network", "members-over-time"] as const;

export function getMembersOverTime(signal?: AbortSignal): Promise<MembersOverTime> {
  return api.get<MembersOverTime>("/api/network/members-over-time", { signal });
}

export const getMembersOverTimeQueryOptions = () =>
  queryOptions({
    queryKey: getMembersOverTimeQueryKey(),
    queryFn: ({ signal }) => getMembersOverTime(signal),
  });

export function useMembersOverTime() {
  return useQuery(getMembersOverTimeQueryOptions());
}
