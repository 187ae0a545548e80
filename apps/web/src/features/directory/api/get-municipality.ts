// GET /api/municipalities/:id?asOf= → Municipality + history
import type { MunicipalityDetail } from "@cni/contracts/municipalities";
import { queryOptions, useQuery } from "@tanstack/react-query";
import { api } from "@/lib/api-client";

export const getMunicipalityQueryKey = (id: string, asOf?: string) =>
  ["municipalities", "detail", id, { asOf: asOf || undefined }] as const;

export function getMunicipality(
  id: string,
  asOf?: string,
  signal?: AbortSignal,
): Promise<MunicipalityDetail> {
  return api.get<MunicipalityDetail>(`/api/municipalities/${encodeURIComponent(id)}`, {
    params: { asOf },
    signal,
  });
}

export const getMunicipalityQueryOptions = (id: string, asOf?: string) =>
  queryOptions({
    queryKey: getMunicipalityQueryKey(id, asOf),
    queryFn: ({ signal }) => getMunicipality(id, asOf, signal),
  });

export function useMunicipality(id: string, asOf?: string) {
  return useQuery(getMunicipalityQueryOptions(id, asOf));
}
