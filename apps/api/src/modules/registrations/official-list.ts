// The official list of the 332 municipalities of Greece (Kleisthenis, law 4600/2019), shipped
// as data (seed/official-municipalities.json; source and licence in docs/data-sources.md).
// It is small and never changes at run time, so it is read once and searched in memory.
import type { OfficialMunicipality } from "@cni/contracts/registrations";
import { compareGreek, matchesNameForms } from "@cni/domain/text";
import type { Db, Tx } from "../../db/client.ts";
import data from "../../seed/official-municipalities.json" with { type: "json" };

export type OfficialEntry = Omit<OfficialMunicipality, "municipalityId" | "phone"> & {
  phone?: string | null;
};

export const OFFICIAL_MUNICIPALITIES: readonly OfficialEntry[] = data.municipalities;

const byCode = new Map(OFFICIAL_MUNICIPALITIES.map((m) => [m.code, m]));

export function officialByCode(code: string): OfficialEntry | undefined {
  return byCode.get(code);
}

/** Matches the query against the genitive and English names and the regional unit. */
export function matchesOfficial(m: OfficialEntry, q: string): boolean {
  return matchesNameForms(q, m.nameEl, m.nameEn, m.regionalUnitEl, m.regionalUnitEn);
}

/** GET /api/municipalities/official?q=: the list, searched, each with its directory id. */
export async function searchOfficialMunicipalities(
  db: Db | Tx,
  { q, limit = 400 }: { q?: string; limit?: number },
) {
  // the municipalities named so first, then those of a regional unit named so
  const rank = (m: OfficialEntry) => (q && !matchesNameForms(q, m.nameEl, m.nameEn) ? 1 : 0);
  const matching = OFFICIAL_MUNICIPALITIES.filter((m) => !q || matchesOfficial(m, q)).sort(
    (a, b) => rank(a) - rank(b) || compareGreek(a.nameEl, b.nameEl) || a.code.localeCompare(b.code),
  );
  const page = matching.slice(0, limit);
  const linked = await db.municipality.findMany({
    where: { officialCode: { in: page.map((m) => m.code) } },
    select: { id: true, officialCode: true },
  });
  const idOf = new Map(linked.map((m) => [m.officialCode, m.id]));
  return {
    items: page.map((m) => ({
      ...m,
      phone: m.phone ?? null,
      municipalityId: idOf.get(m.code) ?? null,
    })),
    total: matching.length,
  };
}
