// Every activity that overlaps a date range (the calendar's month), read page by page
// from GET /api/activities (at most MAX_PAGES pages of 100).
import type { Activity, ActivityList } from "@cni/contracts/activities";
import { keepPreviousData, queryOptions, useQuery } from "@tanstack/react-query";
import { api } from "@/lib/api-client";
import { type ActivityFilters, activitiesQueryKeyRoot, filtersToQuery } from "./get-activities";

const PAGE_SIZE = 100;
const MAX_PAGES = 5;

export type RangeParams = ActivityFilters & { from: string; to: string };

export const getActivitiesInRangeQueryKey = (params: RangeParams) =>
  [...activitiesQueryKeyRoot, "range", filtersToQuery(params)] as const;

export async function getActivitiesInRange(
  params: RangeParams,
  signal?: AbortSignal,
): Promise<{ items: Activity[]; total: number }> {
  const items: Activity[] = [];
  let total = 0;
  for (let page = 1; page <= MAX_PAGES; page++) {
    const result = await api.get<ActivityList>("/api/activities", {
      params: { ...filtersToQuery(params), page, pageSize: PAGE_SIZE, sort: "startsOn" },
      signal,
    });
    items.push(...result.items);
    total = result.total;
    if (items.length >= total || result.items.length < PAGE_SIZE) break;
  }
  return { items, total };
}

export const getActivitiesInRangeQueryOptions = (params: RangeParams) =>
  queryOptions({
    queryKey: getActivitiesInRangeQueryKey(params),
    queryFn: ({ signal }) => getActivitiesInRange(params, signal),
    placeholderData: keepPreviousData,
  });

export function useActivitiesInRange(params: RangeParams) {
  return useQuery(getActivitiesInRangeQueryOptions(params));
}
