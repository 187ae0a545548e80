// GET /api/amendments → { items, total } (signed in): the register with status histories.
import type { AmendmentList } from "@cni/contracts/amendments";
import { queryOptions, useQuery } from "@tanstack/react-query";
import { api } from "@/lib/api-client";

/** Every amendment query starts with this, so a mutation can refresh them all. */
export const amendmentsQueryKeyRoot = ["amendments"] as const;

export const getAmendmentsQueryKey = () => [...amendmentsQueryKeyRoot, "list"] as const;

export function getAmendments(signal?: AbortSignal): Promise<AmendmentList> {
  return api.get<AmendmentList>("/api/amendments", { signal });
}

export const getAmendmentsQueryOptions = () =>
  queryOptions({
    queryKey: getAmendmentsQueryKey(),
    queryFn: ({ signal }) => getAmendments(signal),
  });

export function useAmendments(options: { enabled?: boolean } = {}) {
  return useQuery({ ...getAmendmentsQueryOptions(), enabled: options.enabled ?? true });
}
