import type { Db } from "../../db/client.ts";
import { notFound } from "../../lib/errors.ts";

/**
 * GET /api/designations/:id/act-document — the stored PDF of the act that designated the
 * person, for the parties' verified accounts and the coordinators (the route's access is
 * `partyMember`, like the designations themselves). 404 when none is attached.
 */
export async function getActDocument(db: Db, { id }: { id: string }) {
  const designation = await db.designation.findUnique({
    where: { id },
    select: { actDocument: true },
  });
  if (!designation?.actDocument) throw notFound("Document");
  return designation.actDocument;
}
