// GET /api/municipalities/:id for the signed-in user's own municipality (the "my
// municipality" home). Public data; the id comes from the session.
import type { MunicipalityDetail } from "@cni/contracts/municipalities";
import { queryOptions, useQuery } from "@tanstack/react-query";
import { api } from "@/lib/api-client";

export const getMyMunicipalityQueryKey = (id: string) => ["municipalities", "mine", id] as const;

export function getMyMunicipality(id: string, signal?: AbortSignal): Promise<MunicipalityDetail> {
  return api.get<MunicipalityDetail>(`/api/municipalities/${encodeURIComponent(id)}`, { signal });
}

export const getMyMunicipalityQueryOptions = (id: string) =>
  queryOptions({
    queryKey: getMyMunicipalityQueryKey(id),
    queryFn: ({ signal }) => getMyMunicipality(id, signal),
    enabled: Boolean(id),
  });

export function useMyMunicipality(id: string | null | undefined) {
  return useQuery(getMyMunicipalityQueryOptions(id ?? ""));
}
