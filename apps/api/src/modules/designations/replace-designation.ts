import type { Person } from "@cni/contracts/accessions";
import type { DesignationAct } from "@cni/contracts/designations";
import type { DesignationRole } from "@cni/domain/enums";
import type { Tx } from "../../db/client.ts";
import { newCuid } from "../../db/cuid.ts";
import { insertRows, updateRows } from "../../db/raw-rows.ts";
import { type Sql, sqlOf } from "../../db/sql.ts";
import type { Designation } from "../../generated/prisma/client.ts";

type Replacement = {
  municipalityId: string;
  role: DesignationRole;
  person: Person;
  on: string;
  accessionId?: string | null;
  act?: DesignationAct | null;
};

/**
 * Inside the caller's transaction: closes the current designation of that role (to = on)
 * and starts the new one (from = on). Call it after the transaction has written something
 * (so it holds SQLite's write lock and no concurrent transaction can slip a second current
 * one in between). Returns the closed and the new rows. Used by designating and by
 * notifying an accession (whose declaration names the first representative and alternate).
 */
export async function replaceDesignation(tx: Tx | Sql, input: Replacement) {
  const [result] = await replaceDesignations(tx, [input]);
  if (!result) throw new Error("replaceDesignations returned nothing for one replacement");
  return result;
}

/**
 * The same for several roles of one municipality at once (an accession's representative
 * and alternate): one read of the current rows and one insert for all, as raw statements
 * (circulating an accession is a measured hot path, issue 16, decision 131). The rows
 * returned equal what Prisma returns for them (replace-designation.test.ts).
 */
export async function replaceDesignations(tx: Tx | Sql, inputs: Replacement[]) {
  if (inputs.length === 0) return [];
  const current = await sqlOf(tx).all<Designation>(
    `SELECT * FROM "Designation" WHERE "to" IS NULL AND (${inputs
      .map(() => `("municipalityId" = ? AND "role" = ?)`)
      .join(" OR ")}) ORDER BY rowid`,
    ...inputs.flatMap((input) => [input.municipalityId, input.role]),
  );
  const previousOf = (input: Replacement) =>
    current.filter((row) => row.municipalityId === input.municipalityId && row.role === input.role);
  for (const input of inputs) {
    for (const row of previousOf(input)) {
      // never before its own start
      await updateRows(
        tx,
        "Designation",
        { to: [row.from, input.on].sort().at(-1) ?? input.on },
        `"id" = ?`,
        [row.id],
      );
    }
  }
  const createdAt = new Date();
  const created: Designation[] = inputs.map((input) => ({
    id: newCuid(),
    municipalityId: input.municipalityId,
    role: input.role,
    name: input.person.name,
    email: input.person.email.trim().toLowerCase(),
    phone: input.person.phone || null,
    position: input.person.position || null,
    from: input.on,
    to: null,
    accessionId: input.accessionId ?? null,
    actKind: input.act?.kind ?? null,
    actNumber: input.act?.number ?? null,
    actDate: input.act?.date ?? null,
    actAda: input.act?.diavgeiaAda ?? null,
    actDocumentId: null,
    createdAt,
  }));
  await insertRows(tx, "Designation", created);
  return inputs.map((input, index) => {
    const row = created[index];
    if (!row) throw new Error("replaceDesignations made fewer rows than it was given");
    return { previous: previousOf(input), created: row };
  });
}
