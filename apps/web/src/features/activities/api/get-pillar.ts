// GET /api/pillars/:pillar → description, activities by type, municipalities taking part.
import type { PillarDetail } from "@cni/contracts/activities";
import type { Pillar } from "@cni/domain/enums";
import { queryOptions, useQuery } from "@tanstack/react-query";
import { api } from "@/lib/api-client";
import { activitiesQueryKeyRoot } from "./get-activities";

// Under the activities root: a change to any activity refreshes the pillar pages too.
export const getPillarQueryKey = (pillar: Pillar) =>
  [...activitiesQueryKeyRoot, "pillar", pillar] as const;

export function getPillar(pillar: Pillar, signal?: AbortSignal): Promise<PillarDetail> {
  return api.get<PillarDetail>(`/api/pillars/${pillar}`, { signal });
}

export const getPillarQueryOptions = (pillar: Pillar) =>
  queryOptions({
    queryKey: getPillarQueryKey(pillar),
    queryFn: ({ signal }) => getPillar(pillar, signal),
  });

export function usePillar(pillar: Pillar) {
  return useQuery(getPillarQueryOptions(pillar));
}
