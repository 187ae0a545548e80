// GET /api/municipalities → every municipality with its status today, for the pickers of
// the user administration (role "representative" needs a member).
import type { MunicipalityList } from "@cni/contracts/municipalities";
import { queryOptions, useQuery } from "@tanstack/react-query";
import { api } from "@/lib/api-client";

export const getMunicipalityOptionsQueryKey = () => ["municipalities", "options"] as const;

export function getMunicipalityOptions(signal?: AbortSignal): Promise<MunicipalityList> {
  return api.get<MunicipalityList>("/api/municipalities", { signal });
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
