import { isAccessionEditable } from "@cni/domain/accession-status";
import type { AccessionStatus } from "@cni/domain/enums";
import type { Db, Tx } from "../../db/client.ts";
import { canActFor, type SessionUser } from "../../lib/access.ts";
import { recordAudit } from "../../lib/audit.ts";
import { conflict, notFound } from "../../lib/errors.ts";
import { assertCanChangeAccession } from "./accession-rules.ts";

/** Throws unless documents may be added to / removed from this declaration now. */
export async function assertDocumentsEditable(tx: Tx | Db, actor: SessionUser, id: string) {
  const row = await tx.accession.findUnique({
    where: { id },
    select: { municipalityId: true, status: true },
  });
  if (!row || !canActFor(actor, row.municipalityId)) throw notFound("Accession");
  assertCanChangeAccession(actor, row);
  if (!isAccessionEditable(row.status as AccessionStatus)) {
    throw conflict(
      "NOT_EDITABLE",
      `Documents cannot be changed while the declaration is ${row.status}`,
    );
  }
}

/**
 * DELETE /api/accessions/:id/documents/:documentId — removes a document of a draft or
 * returned declaration; returns its storage key (the caller removes the file).
 */
export async function deleteAccessionDocument(
  db: Db,
  { actor, id, documentId }: { actor: SessionUser; id: string; documentId: string },
): Promise<string> {
  return db.$transaction(async (tx) => {
    // Touch first (write lock), then check the state.
    await tx.accession.updateMany({ where: { id }, data: { updatedAt: new Date() } });
    await assertDocumentsEditable(tx, actor, id);
    const document = await tx.document.findFirst({ where: { id: documentId, accessionId: id } });
    if (!document) throw notFound("Document");
    await tx.document.delete({ where: { id: documentId } });
    await recordAudit(tx, {
      actor,
      action: "document.delete",
      entityType: "document",
      entityId: documentId,
      summary: `Removed ${document.filename} from accession ${id}`,
      before: { filename: document.filename, sha256: document.sha256, size: document.size },
    });
    return document.storageKey;
  });
}
