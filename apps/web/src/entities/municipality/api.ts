// The one wrapper of GET /api/municipalities and GET /api/municipalities/:id: every page that
// lists or shows municipalities (directory, pickers, "my municipality", forms) reads them
// through these options, so equal requests share one cache entry and one query key.
import type {
  MunicipalityDetail,
  MunicipalityList,
  MunicipalityListQuery,
} from "@cni/contracts/municipalities";
import type { MembershipStatus } from "@cni/domain/enums";
import { keepPreviousData, queryOptions, useQuery } from "@tanstack/react-query";
import { api } from "@/lib/api-client";

export type MunicipalitiesParams = Omit<MunicipalityListQuery, "status"> & {
  status?: readonly MembershipStatus[];
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

/** Query keys of this entity (and only here): invalidate `municipalityKeys.all` after writes. */
export const municipalityKeys = {
  all: ["municipalities"] as const,
  list: (params: MunicipalitiesParams = {}) => ["municipalities", "list", toQuery(params)] as const,
  detail: (id: string, asOf?: string) =>
    ["municipalities", "detail", id, { asOf: asOf || undefined }] as const,
};

export function getMunicipalities(
  params: MunicipalitiesParams = {},
  signal?: AbortSignal,
): Promise<MunicipalityList> {
  return api.get<MunicipalityList>("/api/municipalities", { params: toQuery(params), signal });
}

export const municipalitiesQueryOptions = (params: MunicipalitiesParams = {}) =>
  queryOptions({
    queryKey: municipalityKeys.list(params),
    queryFn: ({ signal }) => getMunicipalities(params, signal),
    // While the user types, keep showing the previous results instead of a skeleton.
    placeholderData: keepPreviousData,
    staleTime: 60_000,
  });

export function useMunicipalities(
  params: MunicipalitiesParams = {},
  options: { enabled?: boolean } = {},
) {
  return useQuery({ ...municipalitiesQueryOptions(params), enabled: options.enabled ?? true });
}

export function getMunicipality(
  id: string,
  asOf?: string,
  signal?: AbortSignal,
): Promise<MunicipalityDetail> {
  return api.get<MunicipalityDetail>(`/api/municipalities/${encodeURIComponent(id)}`, {
    params: { asOf: asOf || undefined },
    signal,
  });
}

export const municipalityQueryOptions = (id: string, asOf?: string) =>
  queryOptions({
    queryKey: municipalityKeys.detail(id, asOf),
    queryFn: ({ signal }) => getMunicipality(id, asOf, signal),
  });

/** One municipality; nothing is fetched while `id` is not known yet (e.g. no session). */
export function useMunicipality(id: string | null | undefined, asOf?: string) {
  return useQuery({ ...municipalityQueryOptions(id ?? "", asOf), enabled: Boolean(id) });
}
