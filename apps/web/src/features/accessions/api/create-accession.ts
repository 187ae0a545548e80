// POST /api/accessions → 201 Accession (draft). The form's first step creates the draft.
import type { Accession, CreateAccessionBody } from "@cni/contracts/accessions";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { api } from "@/lib/api-client";
import { getAccessionQueryKey } from "./get-accession";
import { afterAccessionChange } from "./get-accessions";

export function createAccession(body: CreateAccessionBody): Promise<Accession> {
  return api.post<Accession>("/api/accessions", body);
}

export function useCreateAccession() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createAccession,
    onSuccess: (accession) =>
      afterAccessionChange(queryClient, accession, getAccessionQueryKey(accession.id)),
  });
}
