// GET /api/municipalities?q=&status=&region=&asOf= → { items, total }
import type { MunicipalityList } from "@cni/contracts/municipalities";
import type { MembershipStatus } from "@cni/domain/enums";
import { keepPreviousData, queryOptions, useQuery } from "@tanstack/react-query";
import { api } from "@/lib/api-client";

export type MunicipalitiesParams = {
  q?: string;
  status?: MembershipStatus[];
  region?: string;
  asOf?: string;
};

/** The parameters as sent, so equal filters share one cache entry. */
function toQuery(params: MunicipalitiesParams) {
  return {
    q: params.q?.trim() || undefined,
    status: params.status?.length ? [...params.status].sort().join(",") : undefined,
    region: params.region || undefined,
    asOf: params.asOf || undefined,
  };
}

export const getMunicipalitiesQueryKey = (params: MunicipalitiesParams = {}) =>
  ["municipalities", "list", toQuery(params)] as const;

export function getMunicipalities(
  params: MunicipalitiesParams = {},
  signal?: AbortSignal,
): Promise<MunicipalityList> {
  return api.get<MunicipalityList>("/api/municipalities", { params: toQuery(params), signal });
}

export const getMunicipalitiesQueryOptions = (params: MunicipalitiesParams = {}) =>
  queryOptions({
    queryKey: getMunicipalitiesQueryKey(params),
    queryFn: ({ signal }) => getMunicipalities(params, signal),
    // While the user types, keep showing the previous results instead of a skeleton.
    placeholderData: keepPreviousData,
  });

export function useMunicipalities(params: MunicipalitiesParams = {}) {
  return useQuery(getMunicipalitiesQueryOptions(params));
}
