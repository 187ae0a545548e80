// GET /api/amendments/:id → AmendmentDetail (signed in): with comments and history.
import type { AmendmentDetail } from "@cni/contracts/amendments";
import { queryOptions, useQuery } from "@tanstack/react-query";
import { api } from "@/lib/api-client";
import { amendmentsQueryKeyRoot } from "./get-amendments";

export const getAmendmentQueryKey = (id: string) =>
  [...amendmentsQueryKeyRoot, "detail", id] as const;

export function getAmendment(id: string, signal?: AbortSignal): Promise<AmendmentDetail> {
  return api.get<AmendmentDetail>(`/api/amendments/${encodeURIComponent(id)}`, { signal });
}

export const getAmendmentQueryOptions = (id: string) =>
  queryOptions({
    queryKey: getAmendmentQueryKey(id),
    queryFn: ({ signal }) => getAmendment(id, signal),
  });

export function useAmendment(id: string, options: { enabled?: boolean } = {}) {
  return useQuery({ ...getAmendmentQueryOptions(id), enabled: options.enabled ?? true });
}
