// POST /api/accessions/:id/return { defects, note } (coordinator) → Accession, back to the
// municipality for the listed formal defects.
import type { Accession, ReturnAccessionBody } from "@cni/contracts/accessions";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { api } from "@/lib/api-client";
import { getAccessionQueryKey } from "./get-accession";
import { afterAccessionChange } from "./get-accessions";

export function returnAccession(input: { id: string } & ReturnAccessionBody): Promise<Accession> {
  return api.post<Accession>(`/api/accessions/${encodeURIComponent(input.id)}/return`, {
    defects: input.defects,
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
