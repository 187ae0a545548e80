// GET /api/municipalities?status=none,applicant,former → the municipalities that may register
// (not members today), for the registration form.
import type { MunicipalityList } from "@cni/contracts/municipalities";
import { queryOptions, useQuery } from "@tanstack/react-query";
import { api } from "@/lib/api-client";

export const getRegistrableMunicipalitiesQueryKey = () =>
  ["municipalities", "registrable"] as const;

export function getRegistrableMunicipalities(signal?: AbortSignal): Promise<MunicipalityList> {
  return api.get<MunicipalityList>("/api/municipalities", {
    params: { status: "applicant,former,none" },
    signal,
  });
}

export const getRegistrableMunicipalitiesQueryOptions = () =>
  queryOptions({
    queryKey: getRegistrableMunicipalitiesQueryKey(),
    queryFn: ({ signal }) => getRegistrableMunicipalities(signal),
  });

export function useRegistrableMunicipalities() {
  return useQuery(getRegistrableMunicipalitiesQueryOptions());
}
