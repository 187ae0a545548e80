// GET /api/municipalities → the host and participant pickers and the municipality filter.
// (Its own key: this feature does not reach into the directory's queries.)
import type { MunicipalityList } from "@cni/contracts/municipalities";
import { queryOptions, useQuery } from "@tanstack/react-query";
import { api } from "@/lib/api-client";

export type MunicipalityOption = {
  id: string;
  nameEl: string;
  nameEn: string;
  status: string;
};

export const getMunicipalityOptionsQueryKey = () => ["activities-municipalities"] as const;

export async function getMunicipalityOptions(signal?: AbortSignal): Promise<MunicipalityOption[]> {
  const list = await api.get<MunicipalityList>("/api/municipalities", { signal });
  return list.items.map(({ id, nameEl, nameEn, status }) => ({ id, nameEl, nameEn, status }));
}

export const getMunicipalityOptionsQueryOptions = () =>
  queryOptions({
    queryKey: getMunicipalityOptionsQueryKey(),
    queryFn: ({ signal }) => getMunicipalityOptions(signal),
    staleTime: 5 * 60_000,
  });

export function useMunicipalityOptions() {
  return useQuery(getMunicipalityOptionsQueryOptions());
}
