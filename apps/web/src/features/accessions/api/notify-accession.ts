// POST /api/accessions/:id/notify { notifiedOn? } (coordinator, as the network's
// secretariat) → the declaration and the number of parties notified: the municipality is a
// party from notifiedOn.
import type { NotifiedAccession } from "@cni/contracts/accessions";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { api } from "@/lib/api-client";
import { getAccessionQueryKey } from "./get-accession";
import { afterAccessionChange } from "./get-accessions";

export function notifyAccession(input: {
  id: string;
  notifiedOn?: string;
}): Promise<NotifiedAccession> {
  return api.post<NotifiedAccession>(
    `/api/accessions/${encodeURIComponent(input.id)}/notify`,
    input.notifiedOn ? { notifiedOn: input.notifiedOn } : {},
  );
}

export function useNotifyAccession() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: notifyAccession,
    onSuccess: (accession) =>
      afterAccessionChange(queryClient, accession, getAccessionQueryKey(accession.id)),
  });
}
