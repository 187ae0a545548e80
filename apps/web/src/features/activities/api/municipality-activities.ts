// The "Activities" section of a municipality's page: its query, shared by the section and by
// the route's loader that starts it early. Light on purpose (no URL schema, no zod): the
// loader waits for this module before it can ask for the data (issue 16).
import type { PrefetchOptions } from "@/lib/query-client";
import { type ActivitiesParams, getActivitiesQueryOptions } from "./get-activities";

/** Rows of the "Activities" section of a municipality's page. */
export const MUNICIPALITY_ACTIVITIES_SIZE = 5;

/** The first page of a municipality's activities, newest first. */
export function municipalityActivitiesParams(municipalityId: string, page = 1): ActivitiesParams {
  return { municipalityId, page, pageSize: MUNICIPALITY_ACTIVITIES_SIZE, sort: "-startsOn" };
}

/** The query of that first page (the municipality's page prefetches it). */
export function municipalityActivitiesQuery(municipalityId: string): PrefetchOptions {
  return getActivitiesQueryOptions(municipalityActivitiesParams(municipalityId));
}
