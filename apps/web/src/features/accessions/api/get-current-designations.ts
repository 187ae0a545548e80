// GET /api/municipalities/:id/designations, read only to tell a new party's officer whether
// its representative and alternate are still to be designated. It shares the designations
// feature's cache entry (same key), so a designation made there updates this prompt at once.
// TODO(lead): move this read into src/entities/designation and import it from both features.
import type { Designations } from "@cni/contracts/designations";
import { queryOptions, useQuery } from "@tanstack/react-query";
import { api } from "@/lib/api-client";

const currentDesignationsQueryKey = (municipalityId: string) =>
  ["designations", municipalityId] as const;

export const currentDesignationsQueryOptions = (municipalityId: string) =>
  queryOptions({
    queryKey: currentDesignationsQueryKey(municipalityId),
    queryFn: ({ signal }) =>
      api.get<Designations>(
        `/api/municipalities/${encodeURIComponent(municipalityId)}/designations`,
        { signal },
      ),
  });

export function useCurrentDesignations(municipalityId: string, enabled: boolean) {
  return useQuery({ ...currentDesignationsQueryOptions(municipalityId), enabled });
}
