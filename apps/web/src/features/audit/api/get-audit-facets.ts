// GET /api/audit/facets → { entityTypes, actors } (the values the filters can take)
import type { AuditFacets } from "@cni/contracts/audit";
import { queryOptions, useQuery } from "@tanstack/react-query";
import { api } from "@/lib/api-client";

export const getAuditFacetsQueryKey = () => ["audit", "facets"] as const;

export function getAuditFacets(signal?: AbortSignal): Promise<AuditFacets> {
  return api.get<AuditFacets>("/api/audit/facets", { signal });
}

export const getAuditFacetsQueryOptions = () =>
  queryOptions({
    queryKey: getAuditFacetsQueryKey(),
    queryFn: ({ signal }) => getAuditFacets(signal),
  });

export function useAuditFacets() {
  return useQuery(getAuditFacetsQueryOptions());
}
