import type { Db } from "../../db/client.ts";
import { canActFor, type SessionUser } from "../../lib/access.ts";
import { notFound } from "../../lib/errors.ts";

/**
 * A document, if the user may see the declaration it belongs to: coordinators always,
 * officers and representatives of the owning municipality. Otherwise 404 (its existence
 * is not revealed).
 */
export async function findDocumentForUser(db: Db, id: string, user: SessionUser) {
  const document = await db.document.findUnique({
    where: { id },
    include: {
      accession: { select: { municipalityId: true } },
      withdrawal: { select: { municipalityId: true } },
    },
  });
  const owner = document?.accession?.municipalityId ?? document?.withdrawal?.municipalityId;
  if (!document || !owner || !canActFor(user, owner)) throw notFound("Document");
  return document;
}
