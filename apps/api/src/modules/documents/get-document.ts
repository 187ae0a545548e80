import type { Db } from "../../db/client.ts";
import { canSeeOwnRecord, type SessionUser } from "../../lib/access.ts";
import { notFound } from "../../lib/errors.ts";

const OWNER = { select: { municipalityId: true, createdById: true } } as const;

/**
 * GET /api/documents/:id: a document, if the actor may see the record it belongs to:
 * coordinators always; a verified officer or representative of the owning municipality; a
 * pending officer only its own draft's (lib/access.ts `canSeeOwnRecord`). Otherwise 404:
 * its existence is not revealed (docs/decisions/004).
 */
export async function getDocument(db: Db, { actor, id }: { actor: SessionUser; id: string }) {
  const document = await db.document.findUnique({
    where: { id },
    include: {
      accession: OWNER,
      withdrawal: OWNER,
      amendmentAnswer: { select: { municipalityId: true } },
    },
  });
  const owner = document?.accession ?? document?.withdrawal ?? document?.amendmentAnswer;
  if (!document || !owner || !canSeeOwnRecord(actor, owner)) throw notFound("Document");
  return document;
}
