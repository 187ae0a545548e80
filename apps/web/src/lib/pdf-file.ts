// A PDF chosen in the browser, checked before it is sent the way the API checks it: at most
// MAX_DOCUMENT_BYTES, and starting with the `%PDF-` signature (the API checks it again).
import { MAX_DOCUMENT_BYTES } from "@cni/contracts/accessions";

/** True when the file's first bytes are the PDF signature. */
export async function looksLikePdf(file: Blob): Promise<boolean> {
  const head = new Uint8Array(await file.slice(0, 5).arrayBuffer());
  return String.fromCharCode(...head) === "%PDF-";
}

/** Why the file cannot be sent as a PDF document, or null when it can. */
export async function pdfFileProblem(file: File): Promise<"tooLarge" | "notPdf" | null> {
  if (file.size > MAX_DOCUMENT_BYTES) return "tooLarge";
  if (!(await looksLikePdf(file))) return "notPdf";
  return null;
}
