// POST /api/withdrawals/:id/documents (multipart, one PDF ≤ 10 MB) → 201 document info.
import type { DocumentInfo } from "@cni/contracts/accessions";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { api } from "@/lib/api-client";
import { withdrawalsQueryKeyRoot } from "./get-withdrawals";

export function uploadWithdrawalDocument(input: { id: string; file: File }): Promise<DocumentInfo> {
  const body = new FormData();
  body.append("kind", "withdrawal_declaration");
  body.append("file", input.file, input.file.name);
  return api.post<DocumentInfo>(`/api/withdrawals/${encodeURIComponent(input.id)}/documents`, body);
}

export function useUploadWithdrawalDocument() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: uploadWithdrawalDocument,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: withdrawalsQueryKeyRoot }),
  });
}
