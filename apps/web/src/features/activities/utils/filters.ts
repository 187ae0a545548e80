// The list's filters live in the URL (?pillar=&type=&status=&municipalityId=&from=&to=&q=
// &page=&sort=) so a filtered list can be shared, bookmarked and opened from the matrix.
import { ACTIVITY_SORTS, type ActivitySort } from "@cni/contracts/activities";
import { isIsoDate } from "@cni/domain/dates";
import {
  ACTIVITY_STATUSES,
  ACTIVITY_TYPES,
  type ActivityStatus,
  type ActivityType,
  isOneOf,
  PILLARS,
  type Pillar,
} from "@cni/domain/enums";
import type { ActivityFilters } from "../api/get-activities";

export type ListState = ActivityFilters & { page: number; sort: ActivitySort };

function listOf<const T extends readonly string[]>(values: T, raw: string | null): T[number][] {
  if (!raw) return [];
  const wanted = raw.split(",").map((v) => v.trim());
  return values.filter((v) => wanted.includes(v));
}

function dateOf(raw: string | null): string | undefined {
  return raw && isIsoDate(raw) ? raw : undefined;
}

export function parseListParams(params: URLSearchParams): ListState {
  const page = Number(params.get("page"));
  const sort = params.get("sort");
  return {
    pillar: listOf(PILLARS, params.get("pillar")) as Pillar[],
    type: listOf(ACTIVITY_TYPES, params.get("type")) as ActivityType[],
    status: listOf(ACTIVITY_STATUSES, params.get("status")) as ActivityStatus[],
    municipalityId: params.get("municipalityId") || undefined,
    from: dateOf(params.get("from")),
    to: dateOf(params.get("to")),
    q: params.get("q") ?? "",
    page: Number.isInteger(page) && page > 1 ? page : 1,
    sort: isOneOf(ACTIVITY_SORTS, sort) ? sort : "-startsOn",
  };
}

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
