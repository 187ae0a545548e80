// GET /api/mou?asOf= → MouDocument (public): the text in force on a day, each clause with the
// history of the amendments adopted by then.
import type { MouDocument } from "@cni/contracts/mou";
import { queryOptions, useQuery } from "@tanstack/react-query";
import { api } from "@/lib/api-client";

export const getMouQueryKey = (asOf: string | null) => ["mou", asOf ?? "today"] as const;

export function getMou(asOf: string | null, signal?: AbortSignal): Promise<MouDocument> {
  return api.get<MouDocument>("/api/mou", { signal, params: { asOf: asOf ?? undefined } });
}

export const getMouQueryOptions = (asOf: string | null) =>
  queryOptions({
    queryKey: getMouQueryKey(asOf),
    queryFn: ({ signal }) => getMou(asOf, signal),
  });

export function useMou(asOf: string | null) {
  return useQuery({ ...getMouQueryOptions(asOf), placeholderData: (previous) => previous });
}
