// POST /api/accessions/:id/documents (multipart: `kind`, then one PDF ≤ 10 MB) → 201.
// Sent with XMLHttpRequest rather than fetch so the form can show upload progress.
import type { DocumentInfo, DocumentKind } from "@cni/contracts/accessions";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { ApiError, getCsrfToken } from "@/lib/api-client";
import { accessionsQueryKeyRoot } from "./get-accessions";

export type UploadInput = {
  accessionId: string;
  file: File;
  kind: DocumentKind;
  onProgress?: (percent: number) => void;
};

function problemOf(xhr: XMLHttpRequest): ApiError {
  let body: Record<string, unknown> = {};
  try {
    body = JSON.parse(xhr.responseText) as Record<string, unknown>;
  } catch {
    body = {};
  }
  return new ApiError({
    status: xhr.status,
    title: typeof body.title === "string" ? body.title : xhr.statusText,
    detail: typeof body.detail === "string" ? body.detail : undefined,
    code: typeof body.code === "string" ? body.code : undefined,
    errors: Array.isArray(body.errors) ? (body.errors as ApiError["errors"]) : undefined,
  });
}

export function uploadAccessionDocument(input: UploadInput): Promise<DocumentInfo> {
  const form = new FormData();
  form.append("kind", input.kind); // before the file: the API reads fields that precede it
  form.append("file", input.file, input.file.name);
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open("POST", `/api/accessions/${encodeURIComponent(input.accessionId)}/documents`);
    xhr.setRequestHeader("accept", "application/json");
    const csrf = getCsrfToken();
    if (csrf) xhr.setRequestHeader("x-csrf-token", csrf);
    xhr.withCredentials = true;
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable)
        input.onProgress?.(Math.round((event.loaded / event.total) * 100));
    };
    xhr.onload = () => {
      if (xhr.status >= 200 && xhr.status < 300) {
        resolve(JSON.parse(xhr.responseText) as DocumentInfo);
      } else {
        reject(problemOf(xhr));
      }
    };
    xhr.onerror = () =>
      reject(new ApiError({ status: 0, title: "Network error", code: "NETWORK_ERROR" }));
    xhr.send(form);
  });
}

export function useUploadAccessionDocument() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: uploadAccessionDocument,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: accessionsQueryKeyRoot }),
  });
}
