// PATCH /api/accessions/:id (while draft or returned): each part given replaces the stored one.
import type { Accession, UpdateAccessionBody } from "@cni/contracts/accessions";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { api } from "@/lib/api-client";
import { getAccessionQueryKey } from "./get-accession";
import { afterAccessionChange } from "./get-accessions";

export function updateAccession(input: { id: string; body: UpdateAccessionBody }) {
  return api.patch<Accession>(`/api/accessions/${encodeURIComponent(input.id)}`, input.body);
}

export function useUpdateAccession() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateAccession,
    onSuccess: (accession) =>
      afterAccessionChange(queryClient, accession, getAccessionQueryKey(accession.id)),
  });
}
