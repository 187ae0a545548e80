// The list's state read from the URL with the API's own query schema (see filters.ts).
import { activityListQuery } from "@cni/contracts/activity-queries";
import type { z } from "zod";
import { parseSearch } from "@/lib/search-state";
import type { ListState } from "./filters";

/** The list's state from the URL, read with the API's own query schema. */
export function toListState(query: z.output<typeof activityListQuery>): ListState {
  return {
    pillar: query.pillar ?? [],
    type: query.type ?? [],
    status: query.status ?? [],
    municipalityId: query.municipalityId || undefined,
    from: query.from,
    to: query.to,
    q: query.q ?? "",
    page: query.page,
    sort: query.sort,
  };
}

export function parseListParams(params: URLSearchParams): ListState {
  return toListState(parseSearch(activityListQuery, params));
}
