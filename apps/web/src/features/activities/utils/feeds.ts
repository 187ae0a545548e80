// Links to the iCalendar feed and the CSV export for the current filters.
import type { CsvFormat } from "@cni/contracts/common";
import { buildUrl } from "@/lib/api-client";
import { type ActivityFilters, filtersToQuery } from "../api/get-activities";

export function icsHref(filters: ActivityFilters): string {
  return buildUrl("/api/activities.ics", filtersToQuery(filters));
}

/** webcal:// makes calendar apps offer to subscribe (they then refresh the feed themselves). */
export function webcalHref(filters: ActivityFilters, origin = window.location.origin): string {
  return `${origin.replace(/^https?:/, "webcal:")}${icsHref(filters)}`;
}

/** The CSV download: `excel` is semicolon-separated for Greek-locale Excel, else RFC 4180. */
export function csvHref(filters: ActivityFilters, format: CsvFormat = "rfc4180"): string {
  return buildUrl("/api/activities.csv", {
    ...filtersToQuery(filters),
    format: format === "excel" ? "excel" : undefined,
  });
}
