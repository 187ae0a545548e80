// GET /api/activities?pillar=&type=&status=&from=&to=&q=&municipalityId=&published=&page=&pageSize=&sort=
// → { items, total, page, pageSize } (paginated by the API).
import type { ActivityList, ActivitySort } from "@cni/contracts/activities";
import type { ActivityStatus, ActivityType, Pillar } from "@cni/domain/enums";
import { keepPreviousData, queryOptions, useQuery } from "@tanstack/react-query";
import { api } from "@/lib/api-client";

export type ActivityFilters = {
  pillar?: Pillar[];
  type?: ActivityType[];
  status?: ActivityStatus[];
  from?: string;
  to?: string;
  q?: string;
  municipalityId?: string;
  /** false: proposals waiting for publication. */
  published?: boolean;
};

export type ActivitiesParams = ActivityFilters & {
  page?: number;
  pageSize?: number;
  sort?: ActivitySort;
};

const list = (values?: readonly string[]) =>
  values?.length ? [...values].sort().join(",") : undefined;

/** The filters as the API takes them (also for the .ics and .csv links). */
export function filtersToQuery(filters: ActivityFilters) {
  return {
    pillar: list(filters.pillar),
    type: list(filters.type),
    status: list(filters.status),
    from: filters.from || undefined,
    to: filters.to || undefined,
    q: filters.q?.trim() || undefined,
    municipalityId: filters.municipalityId || undefined,
    published: filters.published === false ? "false" : undefined,
  };
}

function toQuery(params: ActivitiesParams) {
  return {
    ...filtersToQuery(params),
    page: params.page && params.page > 1 ? params.page : undefined,
    pageSize: params.pageSize,
    sort: params.sort,
  };
}

/** Every activity query starts with this, so a mutation can invalidate them all. */
export const activitiesQueryKeyRoot = ["activities"] as const;

export const getActivitiesQueryKey = (params: ActivitiesParams = {}) =>
  [...activitiesQueryKeyRoot, "list", toQuery(params)] as const;

export function getActivities(
  params: ActivitiesParams = {},
  signal?: AbortSignal,
): Promise<ActivityList> {
  return api.get<ActivityList>("/api/activities", { params: toQuery(params), signal });
}

export const getActivitiesQueryOptions = (params: ActivitiesParams = {}) =>
  queryOptions({
    queryKey: getActivitiesQueryKey(params),
    queryFn: ({ signal }) => getActivities(params, signal),
    placeholderData: keepPreviousData,
  });

export function useActivities(params: ActivitiesParams = {}, options: { enabled?: boolean } = {}) {
  return useQuery({ ...getActivitiesQueryOptions(params), enabled: options.enabled ?? true });
}
