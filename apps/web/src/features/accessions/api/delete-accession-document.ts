// DELETE /api/accessions/:id/documents/:documentId → 204 (while draft or returned).
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { api } from "@/lib/api-client";
import { accessionsQueryKeyRoot } from "./get-accessions";

export function deleteAccessionDocument(input: { accessionId: string; documentId: string }) {
  return api.delete<void>(
    `/api/accessions/${encodeURIComponent(input.accessionId)}/documents/${encodeURIComponent(input.documentId)}`,
  );
}

export function useDeleteAccessionDocument() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteAccessionDocument,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: accessionsQueryKeyRoot }),
  });
}
