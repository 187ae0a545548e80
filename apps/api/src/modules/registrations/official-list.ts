// The official list of the 332 municipalities of Greece (Kleisthenis, law 4600/2019), shipped
// as data (seed/official-municipalities.json; source and licence in docs/data-sources.md).
// It is small and never changes at run time, so it is read once and searched in memory.
import type { OfficialMunicipality } from "@cni/contracts/registrations";
import {
  compareGreek,
  containsQuery,
  matchesNameIndex,
  type NameIndex,
  nameIndex,
  searchByNames,
} from "@cni/domain/text";
import type { Db, Tx } from "../../db/client.ts";
import data from "../../seed/official-municipalities.json" with { type: "json" };
import seatsData from "../../seed/official-seats.json" with { type: "json" };
import { commonNamesOf } from "../municipalities/search-text.ts";

export type OfficialEntry = Omit<OfficialMunicipality, "municipalityId" | "phone"> & {
  phone?: string | null;
};

export const OFFICIAL_MUNICIPALITIES: readonly OfficialEntry[] = data.municipalities;

const byCode = new Map(OFFICIAL_MUNICIPALITIES.map((m) => [m.code, m]));

export function officialByCode(code: string): OfficialEntry | undefined {
  return byCode.get(code);
}

const SEATS: Readonly<Record<string, { lat: number; lon: number }>> = seatsData.seats;

/**
 * Where the municipality's marker goes: its seat town's point (seed/official-seats.json,
 * GeoNames; docs/data-sources.md), or null for the municipalities whose seat no offline
 * source names (they are listed, without a marker).
 */
export function officialSeat(code: string): { lat: number; lon: number } | null {
  const seat = SEATS[code];
  return seat ? { lat: seat.lat, lon: seat.lon } : null;
}

// Each entry indexed once: by its own names (official genitive, English, and the curated
// common names the directory also uses — «Βόλος», «Γιάννενα»), and by those plus its
// regional unit, so that a search names the municipality first and its unit's others after.
const ownNames = new Map<string, NameIndex>(
  OFFICIAL_MUNICIPALITIES.map((m) => [
    m.code,
    nameIndex(m.nameEl, m.nameEn, ...commonNamesOf(m.code)),
  ]),
);
const allNames = new Map<string, NameIndex>(
  OFFICIAL_MUNICIPALITIES.map((m) => [
    m.code,
    nameIndex(m.nameEl, m.nameEn, ...commonNamesOf(m.code), m.regionalUnitEl, m.regionalUnitEn),
  ]),
);
const indexOf = (m: OfficialEntry) => allNames.get(m.code) ?? nameIndex(m.nameEl, m.nameEn);

/** Matches the query against the names (official, English, common) and the regional unit. */
export function matchesOfficial(m: OfficialEntry, q: string): boolean {
  return matchesNameIndex(q, indexOf(m));
}

/** GET /api/municipalities/official?q=: the list, searched, each with its directory id. */
export async function searchOfficialMunicipalities(
  db: Db | Tx,
  { q, limit = 400 }: { q?: string; limit?: number },
) {
  // the municipalities named so first (as typed before other forms), then those of a
  // regional unit named so
  const rank = (m: OfficialEntry) => {
    const own = ownNames.get(m.code);
    if (!q || !own) return 0;
    return containsQuery(q, own) ? 0 : matchesNameIndex(q, own) ? 1 : 2;
  };
  const found = q
    ? searchByNames(q, OFFICIAL_MUNICIPALITIES, indexOf)
    : [...OFFICIAL_MUNICIPALITIES];
  const matching = found.sort(
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
