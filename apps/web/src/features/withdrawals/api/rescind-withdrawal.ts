// POST /api/withdrawals/:id/rescind (multipart: the revoking decision's fields, then its PDF)
// → Withdrawal (status "rescinded").
import type { Withdrawal } from "@cni/contracts/withdrawals";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { api } from "@/lib/api-client";
import { invalidateAfterWithdrawalChange } from "./create-withdrawal";

export type RescindInput = {
  id: string;
  decisionNumber: string;
  decisionDate: string;
  diavgeiaAda?: string;
  file: File;
};

export function rescindWithdrawal(input: RescindInput): Promise<Withdrawal> {
  // The fields go before the file: the server reads them before it stores the PDF.
  const body = new FormData();
  body.append("decisionNumber", input.decisionNumber);
  body.append("decisionDate", input.decisionDate);
  if (input.diavgeiaAda) body.append("diavgeiaAda", input.diavgeiaAda);
  body.append("file", input.file, input.file.name);
  return api.post<Withdrawal>(`/api/withdrawals/${encodeURIComponent(input.id)}/rescind`, body);
}

export function useRescindWithdrawal() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: rescindWithdrawal,
    onSuccess: () => invalidateAfterWithdrawalChange(queryClient),
  });
}
