import type { Designations } from "@cni/contracts/designations";
import type { Db } from "../../db/client.ts";
import { assertCanActFor, type SessionUser } from "../../lib/access.ts";
import { recordAudit } from "../../lib/audit.ts";
import { conflict, notFound } from "../../lib/errors.ts";
import { writePdfFile } from "../documents/store.ts";
import { getDesignations } from "./get-designations.ts";

export type ActPdf = { bytes: Buffer; filename: string | undefined };

/**
 * PUT /api/designations/:id/act-document — the PDF of the act (mayoral or council decision)
 * that designated a representative or alternate, by the municipality's officer or a
 * coordinator. The PDF was checked by its content when read (documents/store.ts
 * `readUploadedPdf`). One document per act: a second is 409 ACT_DOCUMENT_EXISTS (a wrong act
 * is corrected by a new designation, not by swapping its paper); a designation taken over
 * from an accession declaration has no act of its own (409 DESIGNATION_WITHOUT_ACT). The
 * Document row, the link and the audit entry are one transaction; the stored file is
 * removed again if it fails.
 */
export async function attachActDocument(
  db: Db,
  {
    actor,
    id,
    pdf,
    documentsDir,
  }: { actor: SessionUser; id: string; pdf: ActPdf; documentsDir: string },
): Promise<Designations> {
  const designation = await db.designation.findUnique({ where: { id } });
  if (!designation) throw notFound("Designation");
  assertCanActFor(actor, designation.municipalityId);
  if (!designation.actKind) {
    throw conflict(
      "DESIGNATION_WITHOUT_ACT",
      "This designation was taken over from the accession declaration: it has no act of its own",
    );
  }
  if (designation.actDocumentId) {
    throw conflict("ACT_DOCUMENT_EXISTS", "The act's document is already attached");
  }
  const stored = await writePdfFile(documentsDir, pdf.bytes, pdf.filename);
  try {
    await db.$transaction(async (tx) => {
      const document = await tx.document.create({
        data: {
          kind: "designation_act",
          filename: stored.filename,
          size: stored.size,
          sha256: stored.sha256,
          storageKey: stored.storageKey,
          uploadedById: actor.id,
        },
      });
      // only while still without one: a concurrent upload loses with the same 409
      const linked = await tx.designation.updateMany({
        where: { id, actDocumentId: null },
        data: { actDocumentId: document.id },
      });
      if (linked.count === 0) {
        throw conflict("ACT_DOCUMENT_EXISTS", "The act's document is already attached");
      }
      await recordAudit(tx, {
        actor,
        action: "designation.document",
        entityType: "municipality",
        entityId: designation.municipalityId,
        summary: `Attached ${stored.filename} (${stored.size} bytes) to the ${designation.actKind} ${designation.actNumber} of ${designation.actDate} designating ${designation.name} as ${designation.role}`,
        after: {
          designationId: id,
          documentId: document.id,
          filename: stored.filename,
          size: stored.size,
          sha256: stored.sha256,
        },
      });
    });
  } catch (error) {
    await stored.remove();
    throw error;
  }
  return getDesignations(db, { municipalityId: designation.municipalityId });
}
