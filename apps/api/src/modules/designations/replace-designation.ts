import type { Person } from "@cni/contracts/accessions";
import type { DesignationAct } from "@cni/contracts/designations";
import type { DesignationRole } from "@cni/domain/enums";
import type { Tx } from "../../db/client.ts";

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
export async function replaceDesignation(tx: Tx, input: Replacement) {
  const [result] = await replaceDesignations(tx, [input]);
  if (!result) throw new Error("replaceDesignations returned nothing for one replacement");
  return result;
}

/**
 * The same for several roles of one municipality at once (an accession's representative
 * and alternate): one read of the current rows and one insert for all, instead of a read
 * and an insert per role (circulating an accession is a measured hot path, issue 16).
 */
export async function replaceDesignations(tx: Tx, inputs: Replacement[]) {
  if (inputs.length === 0) return [];
  const current = await tx.designation.findMany({
    where: {
      to: null,
      OR: inputs.map((input) => ({ municipalityId: input.municipalityId, role: input.role })),
    },
  });
  const previousOf = (input: Replacement) =>
    current.filter((row) => row.municipalityId === input.municipalityId && row.role === input.role);
  for (const input of inputs) {
    for (const row of previousOf(input)) {
      await tx.designation.update({
        where: { id: row.id },
        // never before its own start
        data: { to: [row.from, input.on].sort().at(-1) },
      });
    }
  }
  const created = await tx.designation.createManyAndReturn({
    data: inputs.map((input) => ({
      municipalityId: input.municipalityId,
      role: input.role,
      name: input.person.name,
      email: input.person.email.trim().toLowerCase(),
      phone: input.person.phone || null,
      position: input.person.position || null,
      from: input.on,
      accessionId: input.accessionId ?? null,
      actKind: input.act?.kind ?? null,
      actNumber: input.act?.number ?? null,
      actDate: input.act?.date ?? null,
      actAda: input.act?.diavgeiaAda ?? null,
    })),
  });
  return inputs.map((input, index) => {
    const row = created[index];
    if (!row) throw new Error("createManyAndReturn returned fewer rows than it was given");
    return { previous: previousOf(input), created: row };
  });
}
