// Uploaded PDFs: recognised by their content (the `%PDF-` magic bytes, never by name or
// declared type), at most 10 MB, hashed (sha256) and stored under config.documentsDir (a
// folder that is never served statically) with a random storage key. Reused by every
// module that attaches documents (accessions, withdrawals, designations' acts).
import { createHash, randomBytes } from "node:crypto";
import { createReadStream } from "node:fs";
import { mkdir, stat, unlink, writeFile } from "node:fs/promises";
import path from "node:path";
import { MAX_DOCUMENT_BYTES } from "@cni/contracts/accessions";
import type { FastifyReply, FastifyRequest } from "fastify";
import type { Db, Tx } from "../../db/client.ts";
import type { SessionUser } from "../../lib/access.ts";
import { type AuditAction, recordAudit } from "../../lib/audit.ts";
import { badRequest, notFound, payloadTooLarge, unsupportedMediaType } from "../../lib/errors.ts";

const PDF_MAGIC = Buffer.from("%PDF-", "latin1");

/** True if the bytes start like a PDF file. */
export function isPdf(bytes: Buffer): boolean {
  return bytes.length >= PDF_MAGIC.length && bytes.subarray(0, PDF_MAGIC.length).equals(PDF_MAGIC);
}

/**
 * A safe file name to keep and to offer on download: no folders, no control characters,
 * no quotes or backslashes, at most 150 characters, ending in ".pdf". Greek is kept.
 */
export function sanitizeFilename(name: string | undefined): string {
  const base = (name ?? "").split(/[/\\]/).pop() ?? "";
  let clean = base
    .normalize("NFC")
    // biome-ignore lint/suspicious/noControlCharactersInRegex: removing control characters is the point
    .replace(/[\u0000-\u001f\u007f"\\<>:|?*]/g, "")
    .replace(/\s+/g, " ")
    .trim()
    .replace(/^\.+/, "");
  if (!clean.toLowerCase().endsWith(".pdf")) clean = clean ? `${clean}.pdf` : "document.pdf";
  if (clean.length > 150) clean = `${clean.slice(0, 146).trimEnd()}.pdf`;
  return clean === ".pdf" ? "document.pdf" : clean;
}

/**
 * `Content-Disposition: attachment` with an ASCII fallback `filename` and the exact
 * UTF-8 name in `filename*` (RFC 6266 / RFC 5987), so Greek names survive downloads.
 */
export function contentDisposition(filename: string): string {
  const safe = sanitizeFilename(filename);
  const ascii = safe
    .replace(/[^\x20-\x7e]+/g, "_")
    .replace(/["\\%]/g, "_")
    .replace(/_[ _]*_/g, "_");
  const encoded = encodeURIComponent(safe).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}

export type DocumentOwner = { accessionId: string } | { withdrawalId: string };

export type StoredDocument = {
  id: string;
  kind: string;
  filename: string;
  size: number;
  sha256: string;
  createdAt: string;
};

export type StoreUploadedPdfOptions = {
  db: Db;
  /** config.documentsDir */
  documentsDir: string;
  actor: SessionUser;
  owner: DocumentOwner;
  /** The allowed values of the multipart `kind` field; the first is the default. */
  kinds: readonly string[];
  /**
   * Runs inside the transaction, before the Document row is written: check the owner's
   * state there (e.g. "only while draft") and throw a DomainError to refuse. `fields` are
   * the multipart text fields sent before the file, so an act that comes with its document
   * (e.g. revoking a withdrawal) can run here, in the same transaction as the Document row.
   */
  guard?: (tx: Tx, fields: Record<string, string>) => Promise<void>;
  /** Audit action, default "document.upload". */
  auditAction?: AuditAction;
};

/**
 * Reads ONE file from a multipart request (field `file`, any field name; an optional
 * `kind` text field sent BEFORE the file, or `?kind=` in the query), checks that it is a
 * PDF by its first bytes, stores it under a random key in `documentsDir`, and records the
 * Document row (+ audit entry) in one transaction with `guard`. On any failure after the
 * file was written, the file is removed again.
 *
 * Errors (problem+json): 415 MULTIPART_REQUIRED (not multipart), 400 FILE_REQUIRED,
 * 400 INVALID_KIND, 413 FILE_TOO_LARGE (> 10 MB), 415 NOT_A_PDF (content is not a PDF,
 * whatever its name or declared type), or whatever `guard` throws.
 */
export async function storeUploadedPdf(
  request: FastifyRequest,
  options: StoreUploadedPdfOptions,
): Promise<StoredDocument> {
  if (!request.isMultipart()) {
    throw unsupportedMediaType("MULTIPART_REQUIRED", "Send the file as multipart/form-data");
  }
  let part: Awaited<ReturnType<FastifyRequest["file"]>>;
  try {
    part = await request.file();
  } catch (error) {
    throw translateMultipartError(error);
  }
  if (!part) throw badRequest("FILE_REQUIRED", "No file in the request");

  const kindField = part.fields.kind;
  const fieldValue =
    kindField && !Array.isArray(kindField) && kindField.type === "field"
      ? String(kindField.value)
      : undefined;
  const queryKind = (request.query as Record<string, unknown> | undefined)?.kind;
  const kind =
    fieldValue || (typeof queryKind === "string" && queryKind) || (options.kinds[0] ?? "other");
  if (!options.kinds.includes(kind)) {
    part.file.resume();
    throw badRequest("INVALID_KIND", `kind must be one of ${options.kinds.join(", ")}`, [
      { path: "kind", message: `Must be one of ${options.kinds.join(", ")}`, code: "enum" },
    ]);
  }

  let bytes: Buffer;
  try {
    bytes = await part.toBuffer();
  } catch (error) {
    throw translateMultipartError(error);
  }
  if (part.file.truncated || bytes.length > MAX_DOCUMENT_BYTES) throw tooLarge();
  if (!isPdf(bytes)) {
    throw unsupportedMediaType("NOT_A_PDF", "The file is not a PDF (checked by its content)", [
      { path: "file", message: "The file is not a PDF", code: "NOT_A_PDF" },
    ]);
  }

  const filename = sanitizeFilename(part.filename);
  const sha256 = createHash("sha256").update(bytes).digest("hex");
  const storageKey = randomBytes(18).toString("base64url");
  const file = path.join(options.documentsDir, storageKey);
  // owner-only: the documents are personal data (issue 13 item 12)
  await mkdir(options.documentsDir, { recursive: true, mode: 0o700 });
  await writeFile(file, bytes, { flag: "wx", mode: 0o600 });

  try {
    const document = await options.db.$transaction(async (tx) => {
      await options.guard?.(tx, textFields(part.fields));
      const row = await tx.document.create({
        data: {
          kind,
          filename,
          size: bytes.length,
          sha256,
          storageKey,
          uploadedById: options.actor.id,
          ...options.owner,
        },
      });
      await recordAudit(tx, {
        actor: options.actor,
        action: options.auditAction ?? "document.upload",
        entityType: "document",
        entityId: row.id,
        summary: `Uploaded ${filename} (${bytes.length} bytes, ${kind})`,
        after: { ...options.owner, kind, filename, size: bytes.length, sha256 },
      });
      return row;
    });
    return {
      id: document.id,
      kind: document.kind,
      filename: document.filename,
      size: document.size,
      sha256: document.sha256,
      createdAt: document.createdAt.toISOString(),
    };
  } catch (error) {
    await unlink(file).catch(() => undefined);
    throw error;
  }
}

/**
 * Reads ONE PDF from a multipart request (any field name) without storing it, for a use case
 * that stores it with `writePdfFile` in its own transaction (e.g. a designation's act). The
 * same checks and errors as `storeUploadedPdf`: 415 MULTIPART_REQUIRED, 400 FILE_REQUIRED,
 * 413 FILE_TOO_LARGE / TOO_MANY_FILES, 415 NOT_A_PDF (by content).
 */
export async function readUploadedPdf(
  request: FastifyRequest,
): Promise<{ bytes: Buffer; filename: string | undefined }> {
  if (!request.isMultipart()) {
    throw unsupportedMediaType("MULTIPART_REQUIRED", "Send the file as multipart/form-data");
  }
  let bytes: Buffer;
  let filename: string | undefined;
  try {
    const part = await request.file();
    if (!part) throw badRequest("FILE_REQUIRED", "No file in the request");
    bytes = await part.toBuffer();
    if (part.file.truncated) throw tooLarge();
    filename = part.filename;
  } catch (error) {
    throw translateMultipartError(error);
  }
  if (bytes.length === 0) throw badRequest("FILE_REQUIRED", "The file is empty");
  if (bytes.length > MAX_DOCUMENT_BYTES) throw tooLarge();
  if (!isPdf(bytes)) {
    throw unsupportedMediaType("NOT_A_PDF", "The file is not a PDF (checked by its content)", [
      { path: "file", message: "The file is not a PDF", code: "NOT_A_PDF" },
    ]);
  }
  return { bytes, filename };
}

/** The text fields sent before the file (a multipart act: e.g. a decision's number and date). */
function textFields(fields: Record<string, unknown>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(fields)) {
    const part = Array.isArray(value) ? value[0] : value;
    if (part && typeof part === "object" && (part as { type?: string }).type === "field") {
      out[name] = String((part as { value: unknown }).value);
    }
  }
  return out;
}

function tooLarge() {
  return payloadTooLarge(
    "FILE_TOO_LARGE",
    `The file is larger than ${MAX_DOCUMENT_BYTES / 1024 / 1024} MB`,
  );
}

function translateMultipartError(error: unknown): unknown {
  const code = (error as { code?: string } | null)?.code;
  if (code === "FST_REQ_FILE_TOO_LARGE") return tooLarge();
  if (code === "FST_FILES_LIMIT") {
    return payloadTooLarge("TOO_MANY_FILES", "Send one file per request");
  }
  if (code === "FST_INVALID_MULTIPART_CONTENT_TYPE") {
    return unsupportedMediaType("MULTIPART_REQUIRED", "Send the file as multipart/form-data");
  }
  return error;
}

/**
 * Writes PDF bytes (already checked with `isPdf`) under a fresh random key in `documentsDir`,
 * for a module that records its Document row in its own transaction (e.g. an amendment
 * answer, written with the answer). Call `remove()` if that transaction fails.
 */
export async function writePdfFile(documentsDir: string, bytes: Buffer, name: string | undefined) {
  const storageKey = randomBytes(18).toString("base64url");
  const file = path.join(documentsDir, storageKey);
  await mkdir(documentsDir, { recursive: true, mode: 0o700 });
  await writeFile(file, bytes, { flag: "wx", mode: 0o600 });
  return {
    storageKey,
    filename: sanitizeFilename(name),
    size: bytes.length,
    sha256: createHash("sha256").update(bytes).digest("hex"),
    remove: () => unlink(file).catch(() => undefined),
  };
}

/** Removes a stored file (after its row was deleted); a missing file is not an error. */
export async function removeStoredFile(documentsDir: string, storageKey: string): Promise<void> {
  await unlink(path.join(documentsDir, path.basename(storageKey))).catch(() => undefined);
}

/** Streams a stored PDF as a download with safe headers. */
export async function sendStoredPdf(
  reply: FastifyReply,
  documentsDir: string,
  document: { storageKey: string; filename: string; size: number },
) {
  const file = path.join(documentsDir, path.basename(document.storageKey));
  const info = await stat(file).catch(() => null);
  if (!info?.isFile()) throw notFound("Document file");
  return reply
    .header("content-type", "application/pdf")
    .header("content-disposition", contentDisposition(document.filename))
    .header("content-length", String(info.size))
    .header("x-content-type-options", "nosniff")
    .header("cache-control", "private, no-store")
    .header("content-security-policy", "default-src 'none'; sandbox")
    .send(createReadStream(file));
}
