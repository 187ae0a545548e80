// GET /api/municipalities/:id → the municipality a withdrawal form is for (name, status).
import type { MunicipalityDetail } from "@cni/contracts/municipalities";
import { queryOptions, useQuery } from "@tanstack/react-query";
import { api } from "@/lib/api-client";
import { withdrawalsQueryKeyRoot } from "./get-withdrawals";

export const getSubjectMunicipalityQueryKey = (id: string) =>
  [...withdrawalsQueryKeyRoot, "subject", id] as const;

export function getSubjectMunicipality(id: string, signal?: AbortSignal) {
  return api.get<MunicipalityDetail>(`/api/municipalities/${encodeURIComponent(id)}`, { signal });
}

export const getSubjectMunicipalityQueryOptions = (id: string) =>
  queryOptions({
    queryKey: getSubjectMunicipalityQueryKey(id),
    queryFn: ({ signal }) => getSubjectMunicipality(id, signal),
  });

export function useSubjectMunicipality(id: string | null) {
  return useQuery({ ...getSubjectMunicipalityQueryOptions(id ?? ""), enabled: Boolean(id) });
}
