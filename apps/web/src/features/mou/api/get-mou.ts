// GET /api/mou → MouDocument (public): the MoU clause by clause, with adopted amendments.
import type { MouDocument } from "@cni/contracts/mou";
import { queryOptions, useQuery } from "@tanstack/react-query";
import { api } from "@/lib/api-client";

export const getMouQueryKey = () => ["mou"] as const;

export function getMou(signal?: AbortSignal): Promise<MouDocument> {
  return api.get<MouDocument>("/api/mou", { signal });
}

export const getMouQueryOptions = () =>
  queryOptions({ queryKey: getMouQueryKey(), queryFn: ({ signal }) => getMou(signal) });

export function useMou() {
  return useQuery(getMouQueryOptions());
}
