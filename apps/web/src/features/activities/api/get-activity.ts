// GET /api/activities/:id → Activity (404 when the caller may not see it).
import type { Activity } from "@cni/contracts/activities";
import { queryOptions, useQuery } from "@tanstack/react-query";
import { api } from "@/lib/api-client";
import { activitiesQueryKeyRoot } from "./get-activities";

export const getActivityQueryKey = (id: string) =>
  [...activitiesQueryKeyRoot, "detail", id] as const;

export function getActivity(id: string, signal?: AbortSignal): Promise<Activity> {
  return api.get<Activity>(`/api/activities/${encodeURIComponent(id)}`, { signal });
}

export const getActivityQueryOptions = (id: string) =>
  queryOptions({
    queryKey: getActivityQueryKey(id),
    queryFn: ({ signal }) => getActivity(id, signal),
  });

export function useActivity(id: string) {
  return useQuery(getActivityQueryOptions(id));
}
