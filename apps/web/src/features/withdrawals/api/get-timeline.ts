// GET /api/municipalities/:id/timeline?asOf= → { municipalityId, asOf, events }
// (designation changes only for signed-in users).
import type { Timeline } from "@cni/contracts/network-history";
import { queryOptions, useQuery } from "@tanstack/react-query";
import { api } from "@/lib/api-client";
import { withdrawalsQueryKeyRoot } from "./get-withdrawals";

// Under the withdrawals root: filing or rescinding a withdrawal refreshes the timeline.
export const getTimelineQueryKey = (municipalityId: string, asOf?: string, userId?: string) =>
  [...withdrawalsQueryKeyRoot, "timeline", municipalityId, { asOf, userId }] as const;

export function getTimeline(
  municipalityId: string,
  asOf?: string,
  signal?: AbortSignal,
): Promise<Timeline> {
  return api.get<Timeline>(`/api/municipalities/${encodeURIComponent(municipalityId)}/timeline`, {
    params: { asOf },
    signal,
  });
}

/** `userId` is part of the key: what the timeline shows depends on who is signed in. */
export const getTimelineQueryOptions = (municipalityId: string, asOf?: string, userId?: string) =>
  queryOptions({
    queryKey: getTimelineQueryKey(municipalityId, asOf, userId),
    queryFn: ({ signal }) => getTimeline(municipalityId, asOf, signal),
  });

export function useTimeline(municipalityId: string, asOf?: string, userId?: string) {
  return useQuery(getTimelineQueryOptions(municipalityId, asOf, userId));
}
