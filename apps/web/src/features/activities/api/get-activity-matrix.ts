// GET /api/activities/matrix?<filters> → counts per type × pillar.
import type { ActivityMatrix } from "@cni/contracts/activities";
import { keepPreviousData, queryOptions, useQuery } from "@tanstack/react-query";
import { api } from "@/lib/api-client";
import { type ActivityFilters, activitiesQueryKeyRoot, filtersToQuery } from "./get-activities";

export const getActivityMatrixQueryKey = (filters: ActivityFilters = {}) =>
  [...activitiesQueryKeyRoot, "matrix", filtersToQuery(filters)] as const;

export function getActivityMatrix(
  filters: ActivityFilters = {},
  signal?: AbortSignal,
): Promise<ActivityMatrix> {
  return api.get<ActivityMatrix>("/api/activities/matrix", {
    params: filtersToQuery(filters),
    signal,
  });
}

export const getActivityMatrixQueryOptions = (filters: ActivityFilters = {}) =>
  queryOptions({
    queryKey: getActivityMatrixQueryKey(filters),
    queryFn: ({ signal }) => getActivityMatrix(filters, signal),
    placeholderData: keepPreviousData,
  });

export function useActivityMatrix(filters: ActivityFilters = {}) {
  return useQuery(getActivityMatrixQueryOptions(filters));
}
