// POST /api/accessions/:id/return { note } (coordinator) → Accession, back to the municipality.
import type { Accession } from "@cni/contracts/accessions";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { api } from "@/lib/api-client";
import { getAccessionQueryKey } from "./get-accession";
import { afterAccessionChange } from "./get-accessions";

export function returnAccession(input: { id: string; note: string }): Promise<Accession> {
  return api.post<Accession>(`/api/accessions/${encodeURIComponent(input.id)}/return`, {
    note: input.note,
  });
}

export function useReturnAccession() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: returnAccession,
    onSuccess: (accession) =>
      afterAccessionChange(queryClient, accession, getAccessionQueryKey(accession.id)),
  });
}
