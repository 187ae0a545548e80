// GET /api/accessions/:id → Accession (documents, checks; for coordinators the notices).
import type { Accession } from "@cni/contracts/accessions";
import { queryOptions, useQuery } from "@tanstack/react-query";
import { api } from "@/lib/api-client";
import { accessionsQueryKeyRoot } from "./get-accessions";

export const getAccessionQueryKey = (id: string) =>
  [...accessionsQueryKeyRoot, "detail", id] as const;

export function getAccession(id: string, signal?: AbortSignal): Promise<Accession> {
  return api.get<Accession>(`/api/accessions/${encodeURIComponent(id)}`, { signal });
}

export const getAccessionQueryOptions = (id: string) =>
  queryOptions({
    queryKey: getAccessionQueryKey(id),
    queryFn: ({ signal }) => getAccession(id, signal),
    staleTime: 5_000,
  });

export function useAccession(id: string | null) {
  return useQuery({ ...getAccessionQueryOptions(id ?? ""), enabled: Boolean(id) });
}
