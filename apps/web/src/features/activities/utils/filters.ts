// The list's filters live in the URL (?pillar=&type=&status=&municipalityId=&from=&to=&q=
// &page=&sort=) so a filtered list can be shared, bookmarked and opened from the matrix.
// Reading that state from the URL (with the API's own schema, so zod) is in list-state.ts;
// this module stays free of it for the pages that only link to a filtered list.
import type { ActivitySort } from "@cni/contracts/activity-queries";
import type { ActivityFilters } from "../api/get-activities";

export type ListState = ActivityFilters & { page: number; sort: ActivitySort };

/** The URL of the list for these filters (the matrix and pillar pages link to it). */
export function listHref(filters: Partial<ListState>): string {
  const params = new URLSearchParams();
  const set = (key: string, value: string | undefined) => {
    if (value) params.set(key, value);
  };
  set("pillar", filters.pillar?.join(","));
  set("type", filters.type?.join(","));
  set("status", filters.status?.join(","));
  set("municipalityId", filters.municipalityId);
  set("from", filters.from);
  set("to", filters.to);
  set("q", filters.q?.trim());
  if (filters.page && filters.page > 1) set("page", String(filters.page));
  if (filters.sort && filters.sort !== "-startsOn") set("sort", filters.sort);
  const query = params.toString();
  return query ? `/activities?${query}#activity-list` : "/activities#activity-list";
}

export function hasFilters(state: ListState): boolean {
  return Boolean(
    state.pillar?.length ||
      state.type?.length ||
      state.status?.length ||
      state.municipalityId ||
      state.from ||
      state.to ||
      state.q?.trim(),
  );
}
