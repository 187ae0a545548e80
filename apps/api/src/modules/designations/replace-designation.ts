import type { Person } from "@cni/contracts/accessions";
import type { DesignationAct } from "@cni/contracts/designations";
import type { DesignationRole } from "@cni/domain/enums";
import type { Tx } from "../../db/client.ts";

/**
 * Inside the caller's transaction: closes the current designation of that role (to = on)
 * and starts the new one (from = on). Call it after the transaction has written something
 * (so it holds SQLite's write lock and no concurrent transaction can slip a second current
 * one in between). Returns the closed and the new rows. Used by designating and by
 * notifying an accession (whose declaration names the first representative and alternate).
 */
export async function replaceDesignation(
  tx: Tx,
  input: {
    municipalityId: string;
    role: DesignationRole;
    person: Person;
    on: string;
    accessionId?: string | null;
    act?: DesignationAct | null;
  },
) {
  const previous = await tx.designation.findMany({
    where: { municipalityId: input.municipalityId, role: input.role, to: null },
  });
  for (const row of previous) {
    await tx.designation.update({
      where: { id: row.id },
      // never before its own start
      data: { to: [row.from, input.on].sort().at(-1) },
    });
  }
  const created = await tx.designation.create({
    data: {
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
    },
  });
  return { previous, created };
}
