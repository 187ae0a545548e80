// The queries each activities page reads, as functions of what the URL says: the page calls
// them to read its data and the router's loader calls them to start the same requests while
// the page's code and translations download (same query keys, so one request each).
// A municipality's page reads its section's query from municipality-activities.ts, which
// does not need the URL schema (zod).
import type { PrefetchOptions } from "@/lib/query-client";
import type { ListState } from "../utils/filters";
import { parseListParams } from "../utils/list-state";
import {
  type ActivitiesParams,
  type ActivityFilters,
  getActivitiesQueryOptions,
} from "./get-activities";
import { getActivityMatrixQueryOptions } from "./get-activity-matrix";

/** Rows per page of the catalogue on /activities. */
export const ACTIVITIES_PAGE_SIZE = 20;
/** The catalogue's filters; the matrix uses them without its own two dimensions. */
export function listFilters(state: ListState): ActivityFilters {
  return {
    pillar: state.pillar,
    type: state.type,
    status: state.status,
    municipalityId: state.municipalityId,
    from: state.from,
    to: state.to,
    q: state.q,
  };
}

export function listParams(state: ListState): ActivitiesParams {
  return {
    ...listFilters(state),
    page: state.page,
    pageSize: ACTIVITIES_PAGE_SIZE,
    sort: state.sort,
  };
}

export function matrixFilters(state: ListState): ActivityFilters {
  return { ...listFilters(state), pillar: undefined, type: undefined };
}

/** /activities?…: the catalogue's page and the types × pillars matrix. */
export function activitiesPageQueries(search: URLSearchParams): PrefetchOptions[] {
  const state = parseListParams(search);
  return [
    getActivitiesQueryOptions(listParams(state)),
    getActivityMatrixQueryOptions(matrixFilters(state)),
  ];
}
