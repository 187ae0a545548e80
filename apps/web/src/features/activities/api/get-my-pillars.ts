// GET /api/me/pillars → { pillars } (officers and representatives).
import type { MyPillars } from "@cni/contracts/activities";
import { queryOptions, useQuery } from "@tanstack/react-query";
import { api } from "@/lib/api-client";

export const getMyPillarsQueryKey = (userId: string) => ["me", userId, "pillars"] as const;

export function getMyPillars(signal?: AbortSignal): Promise<MyPillars> {
  return api.get<MyPillars>("/api/me/pillars", { signal });
}

export const getMyPillarsQueryOptions = (userId: string) =>
  queryOptions({
    queryKey: getMyPillarsQueryKey(userId),
    queryFn: ({ signal }) => getMyPillars(signal),
  });

export function useMyPillars(userId: string | null) {
  return useQuery({ ...getMyPillarsQueryOptions(userId ?? ""), enabled: userId !== null });
}
