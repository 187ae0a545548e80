// One declaration with its municipality and documents (ACCESSION_INCLUDE) in ONE raw SELECT.
// Through `findUnique({ include })` the same read was three statements and ≈ 2 ms of Prisma's
// query building and mapping; every act on a declaration starts with it, the circulation
// under its write lock (issue 16, decision 131). The row equals Prisma's, Dates and all
// (accession-read.test.ts compares them field by field).
import type { Db, Tx } from "../../db/client.ts";
import { dateFromSql, type Sql, sqlOf } from "../../db/sql.ts";
import type { AccessionRow } from "./accession-row.ts";

type StoredDocument = Omit<AccessionRow["documents"][number], "createdAt"> & { createdAt: string };
type Stored = Omit<AccessionRow, "municipality" | "documents"> & {
  municipality: string;
  documents: string;
};

/** The Accession row (Prisma maps its columns' types), its municipality and documents as JSON. */
const SELECT_ACCESSION = `
  SELECT a.*,
    json_object('id', m."id", 'nameEl', m."nameEl", 'nameEn', m."nameEn") AS "municipality",
    (SELECT json_group_array(json_object(
        'id', d."id", 'accessionId', d."accessionId", 'withdrawalId', d."withdrawalId",
        'kind', d."kind", 'filename', d."filename", 'size', d."size", 'sha256', d."sha256",
        'storageKey', d."storageKey", 'uploadedById', d."uploadedById",
        'createdAt', d."createdAt"))
     FROM "Document" AS d WHERE d."accessionId" = a."id") AS "documents"
  FROM "Accession" AS a JOIN "Municipality" AS m ON m."id" = a."municipalityId"
  WHERE a."id" = ?`;

/** The declaration with its municipality and documents (oldest first), or null. */
export async function readAccessionRow(
  db: Db | Tx | Sql,
  id: string,
): Promise<AccessionRow | null> {
  const [stored] = await sqlOf(db).all<Stored>(SELECT_ACCESSION, id);
  if (!stored) return null;
  const documents = (JSON.parse(stored.documents) as StoredDocument[])
    .map((document) => ({ ...document, createdAt: dateFromSql(document.createdAt) }))
    // oldest first, as Prisma's `orderBy: { createdAt: "asc" }` (a stable sort: ties stay in
    // the index's rowid order, as SQLite returns them to Prisma)
    .sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
  return { ...stored, municipality: JSON.parse(stored.municipality), documents };
}
