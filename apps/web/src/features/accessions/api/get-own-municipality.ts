// GET /api/municipalities/:id → the officer's own municipality (name, membership status).
import type { MunicipalityDetail } from "@cni/contracts/municipalities";
import { queryOptions, useQuery } from "@tanstack/react-query";
import { api } from "@/lib/api-client";
import { accessionsQueryKeyRoot } from "./get-accessions";

export const getOwnMunicipalityQueryKey = (id: string) =>
  [...accessionsQueryKeyRoot, "municipality", id] as const;

export function getOwnMunicipality(id: string, signal?: AbortSignal) {
  return api.get<MunicipalityDetail>(`/api/municipalities/${encodeURIComponent(id)}`, { signal });
}

export const getOwnMunicipalityQueryOptions = (id: string) =>
  queryOptions({
    queryKey: getOwnMunicipalityQueryKey(id),
    queryFn: ({ signal }) => getOwnMunicipality(id, signal),
  });

export function useOwnMunicipality(id: string | null) {
  return useQuery({ ...getOwnMunicipalityQueryOptions(id ?? ""), enabled: Boolean(id) });
}
