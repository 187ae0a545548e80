// Reads the multipart/form-data body of a party's answer: its text fields and the council
// decision's PDF, in any order. The checks of the content are the use case's.
import { MAX_DOCUMENT_BYTES } from "@cni/contracts/accessions";
import type { FastifyRequest } from "fastify";
import { payloadTooLarge, unsupportedMediaType } from "../../lib/errors.ts";

export type ConsentForm = {
  fields: Record<string, string>;
  file: { bytes: Buffer; filename: string | undefined } | null;
};

const tooLarge = () =>
  payloadTooLarge(
    "FILE_TOO_LARGE",
    `The file is larger than ${MAX_DOCUMENT_BYTES / 1024 / 1024} MB`,
  );

export async function readConsentForm(request: FastifyRequest): Promise<ConsentForm> {
  if (!request.isMultipart()) {
    throw unsupportedMediaType("MULTIPART_REQUIRED", "Send the answer as multipart/form-data");
  }
  const form: ConsentForm = { fields: {}, file: null };
  try {
    for await (const part of request.parts()) {
      if (part.type === "field") {
        form.fields[part.fieldname] = String(part.value);
      } else {
        const bytes = await part.toBuffer();
        if (part.file.truncated) throw tooLarge();
        if (bytes.length > 0) form.file = { bytes, filename: part.filename };
      }
    }
  } catch (error) {
    const code = (error as { code?: string } | null)?.code;
    if (code === "FST_REQ_FILE_TOO_LARGE") throw tooLarge();
    if (code === "FST_FILES_LIMIT") throw payloadTooLarge("TOO_MANY_FILES", "Send one file");
    throw error;
  }
  return form;
}
