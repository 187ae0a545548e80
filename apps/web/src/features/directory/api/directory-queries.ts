// What the directory reads, as a function of its URL: the page reads it with these
// parameters and the router's loader starts the same requests while the page's code and
// translations download (same query keys, so one request each; issue 16's waterfall).
import { isIsoDate } from "@cni/domain/dates";
import { type MunicipalitiesParams, municipalitiesQueryOptions } from "@/entities/municipality/api";
import type { PrefetchOptions } from "@/lib/query-client";
import { parseStatuses } from "../utils/municipality";

/** The list's filters in the URL (?q=&status=&region=&asOf=); an invalid date is ignored. */
export function directoryFilters(search: URLSearchParams): MunicipalitiesParams {
  const asOf = search.get("asOf");
  return {
    q: search.get("q") ?? "",
    status: parseStatuses(search.get("status")),
    region: search.get("region") || undefined,
    asOf: asOf && isIsoDate(asOf) ? asOf : undefined,
  };
}

/** Every municipality (regions, counts) and the filtered list (the same one when unfiltered). */
export function directoryQueries(search: URLSearchParams): PrefetchOptions[] {
  return [municipalitiesQueryOptions(), municipalitiesQueryOptions(directoryFilters(search))];
}
