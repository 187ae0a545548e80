// POST /api/accessions/:id/withdraw → Accession.
import type { Accession } from "@cni/contracts/accessions";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { api } from "@/lib/api-client";
import { getAccessionQueryKey } from "./get-accession";
import { afterAccessionChange } from "./get-accessions";

export function withdrawAccession(id: string): Promise<Accession> {
  return api.post<Accession>(`/api/accessions/${encodeURIComponent(id)}/withdraw`, {});
}

export function useWithdrawAccession() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: withdrawAccession,
    onSuccess: (accession) =>
      afterAccessionChange(queryClient, accession, getAccessionQueryKey(accession.id)),
  });
}
