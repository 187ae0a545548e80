// POST /api/accessions/:id/submit → Accession.
import type { Accession } from "@cni/contracts/accessions";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { api } from "@/lib/api-client";
import { getAccessionQueryKey } from "./get-accession";
import { afterAccessionChange } from "./get-accessions";

export function submitAccession(id: string): Promise<Accession> {
  return api.post<Accession>(`/api/accessions/${encodeURIComponent(id)}/submit`, {});
}

export function useSubmitAccession() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: submitAccession,
    onSuccess: (accession) =>
      afterAccessionChange(queryClient, accession, getAccessionQueryKey(accession.id)),
  });
}
