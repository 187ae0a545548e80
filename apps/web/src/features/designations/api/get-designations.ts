// GET /api/municipalities/:id/designations → { representative, alternate, history }
// (signed-in users only: names and e-mails are personal data).
import type { Designations } from "@cni/contracts/designations";
import { queryOptions, useQuery } from "@tanstack/react-query";
import { api } from "@/lib/api-client";

export const designationsQueryKeyRoot = ["designations"] as const;

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
