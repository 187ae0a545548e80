// POST /api/accessions/:id/accept { notifiedOn? } (coordinator) → Accession: the
// municipality is a member from notifiedOn, with its designations and a notice to every party.
import type { Accession } from "@cni/contracts/accessions";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { api } from "@/lib/api-client";
import { getAccessionQueryKey } from "./get-accession";
import { afterAccessionChange } from "./get-accessions";

export function acceptAccession(input: { id: string; notifiedOn?: string }): Promise<Accession> {
  return api.post<Accession>(
    `/api/accessions/${encodeURIComponent(input.id)}/accept`,
    input.notifiedOn ? { notifiedOn: input.notifiedOn } : {},
  );
}

export function useAcceptAccession() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: acceptAccession,
    onSuccess: (accession) =>
      afterAccessionChange(queryClient, accession, getAccessionQueryKey(accession.id)),
  });
}
