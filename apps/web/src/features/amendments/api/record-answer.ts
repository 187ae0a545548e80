// PUT /api/amendments/:id/consents/:municipalityId (multipart: answer, decisionNumber,
// decisionDate, diavgeiaAda?, file) → PartyAnswer: a party's answer by its council decision.
import type { ConsentFields, PartyAnswer } from "@cni/contracts/amendments";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { invalidateAfterWrite } from "@/entities/session/session-cache";
import { api } from "@/lib/api-client";

export type RecordAnswerInput = {
  id: string;
  municipalityId: string;
  fields: ConsentFields;
  file: File;
};

export function recordAnswer({ id, municipalityId, fields, file }: RecordAnswerInput) {
  const form = new FormData();
  form.append("answer", fields.answer);
  form.append("decisionNumber", fields.decisionNumber);
  form.append("decisionDate", fields.decisionDate);
  if (fields.diavgeiaAda) form.append("diavgeiaAda", fields.diavgeiaAda);
  form.append("file", file, file.name);
  return api.put<PartyAnswer>(
    `/api/amendments/${encodeURIComponent(id)}/consents/${encodeURIComponent(municipalityId)}`,
    form,
  );
}

export function useRecordAnswer() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: recordAnswer,
    onSuccess: () => invalidateAfterWrite(queryClient),
  });
}
