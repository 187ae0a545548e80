// The one wrapper of GET /api/municipalities/:id/designations → { representative, alternate,
// history } (signed-in users only: names and e-mails are personal data). The designations
// feature shows and changes them; the accessions feature asks a new party's officer to
// designate whoever is missing. Both read them here, so they share one cache entry and a
// designation made in one is seen at once in the other.
import type { Designations } from "@cni/contracts/designations";
import { queryOptions, useQuery } from "@tanstack/react-query";
import { api } from "@/lib/api-client";

export const designationsQueryKeyRoot = ["designations"] as const;

/** The cache entry of one municipality's designations: set or invalidate it after writes. */
export const getDesignationsQueryKey = (municipalityId: string) =>
  [...designationsQueryKeyRoot, municipalityId] as const;

export function getDesignations(municipalityId: string, signal?: AbortSignal) {
  return api.get<Designations>(
    `/api/municipalities/${encodeURIComponent(municipalityId)}/designations`,
    { signal },
  );
}

export const getDesignationsQueryOptions = (municipalityId: string) =>
  queryOptions({
    queryKey: getDesignationsQueryKey(municipalityId),
    queryFn: ({ signal }) => getDesignations(municipalityId, signal),
  });

export function useDesignations(municipalityId: string, options: { enabled?: boolean } = {}) {
  return useQuery({
    ...getDesignationsQueryOptions(municipalityId),
    enabled: options.enabled ?? true,
  });
}
