// GET /api/municipalities/official → the 332 municipalities of Greece (read once; searched
// in the browser with the same nominative/genitive matching as the API).
import type { OfficialMunicipalityList } from "@cni/contracts/registrations";
import { queryOptions, useQuery } from "@tanstack/react-query";
import { api } from "@/lib/api-client";

export function getOfficialMunicipalities(): Promise<OfficialMunicipalityList> {
  return api.get<OfficialMunicipalityList>("/api/municipalities/official?limit=400");
}

export const officialMunicipalitiesQuery = () =>
  queryOptions({
    queryKey: ["municipalities", "official"] as const,
    queryFn: getOfficialMunicipalities,
    staleTime: Number.POSITIVE_INFINITY,
  });

export function useOfficialMunicipalities() {
  return useQuery(officialMunicipalitiesQuery());
}
