// GET /api/accessions?status=&municipalityId= → { items, total }
// (coordinators: all; officers and representatives: their own municipality's).
import type { AccessionList } from "@cni/contracts/accessions";
import type { AccessionStatus } from "@cni/domain/enums";
import { type QueryClient, queryOptions, useQuery } from "@tanstack/react-query";
import { invalidateAfterWrite } from "@/entities/session/session-cache";
import { api } from "@/lib/api-client";

/** Every accession query key starts with this, so mutations can refresh them all. */
export const accessionsQueryKeyRoot = ["accessions"] as const;

export type AccessionsParams = { status?: AccessionStatus; municipalityId?: string };

export const getAccessionsQueryKey = (params: AccessionsParams = {}) =>
  [
    ...accessionsQueryKeyRoot,
    "list",
    { status: params.status, municipalityId: params.municipalityId },
  ] as const;

export function getAccessions(
  params: AccessionsParams = {},
  signal?: AbortSignal,
): Promise<AccessionList> {
  return api.get<AccessionList>("/api/accessions", {
    params: { status: params.status, municipalityId: params.municipalityId },
    signal,
  });
}

export const getAccessionsQueryOptions = (params: AccessionsParams = {}) =>
  queryOptions({
    queryKey: getAccessionsQueryKey(params),
    queryFn: ({ signal }) => getAccessions(params, signal),
    staleTime: 5_000,
  });

export function useAccessions(params: AccessionsParams = {}, options: { enabled?: boolean } = {}) {
  return useQuery({ ...getAccessionsQueryOptions(params), enabled: options.enabled ?? true });
}

/**
 * After a change to a declaration: store the fresh copy, and refresh every query but the
 * session (submitting makes the municipality an applicant, accepting a member, with
 * notices and designations: the directory, inbox and municipality pages change too).
 */
export async function afterAccessionChange(
  queryClient: QueryClient,
  accession: { id: string },
  detailKey: readonly unknown[],
): Promise<void> {
  queryClient.setQueryData(detailKey, accession);
  await invalidateAfterWrite(queryClient);
}
