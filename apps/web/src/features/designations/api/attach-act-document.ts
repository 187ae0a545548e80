// PUT /api/designations/:id/act-document (multipart: the file) → Designations: the PDF of the
// act (mayoral or council decision) that designated the person; once per designation.
import type { Designations } from "@cni/contracts/designations";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { getDesignationsQueryKey } from "@/entities/municipality/designations";
import { api } from "@/lib/api-client";

export type AttachActDocumentInput = { designationId: string; municipalityId: string; file: File };

/** Where the act's PDF is downloaded from (parties' accounts and coordinators). */
export const actDocumentUrl = (designationId: string) =>
  `/api/designations/${encodeURIComponent(designationId)}/act-document`;

export function attachActDocument({ designationId, file }: AttachActDocumentInput) {
  const form = new FormData();
  form.append("file", file, file.name);
  return api.put<Designations>(actDocumentUrl(designationId), form);
}

export function useAttachActDocument() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: attachActDocument,
    onSuccess: (data, input) => {
      queryClient.setQueryData(getDesignationsQueryKey(input.municipalityId), data);
    },
  });
}
