// Links to the iCalendar feed and the CSV export for the current filters.
import { buildUrl } from "@/lib/api-client";
import { type ActivityFilters, filtersToQuery } from "../api/get-activities";

export function icsHref(filters: ActivityFilters): string {
  return buildUrl("/api/activities.ics", filtersToQuery(filters));
}

/** webcal:// makes calendar apps offer to subscribe (they then refresh the feed themselves). */
export function webcalHref(filters: ActivityFilters, origin = window.location.origin): string {
  return `${origin.replace(/^https?:/, "webcal:")}${icsHref(filters)}`;
}

export function csvHref(filters: ActivityFilters): string {
  return buildUrl("/api/activities.csv", filtersToQuery(filters));
}
