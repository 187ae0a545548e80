// The names a municipality is searched by: its official name (genitive, as on the council's
// papers), its English name, its regional unit, and the names people use for it — the
// nominative, the seat town and common alternatives (Λιβαδειά for Λεβαδέων, Γιάννενα for
// Ιωαννιτών), curated as data in seed/municipality-common-names.json (docs/data-sources.md).
import { type NameIndex, nameIndex, normalizeForSearch } from "@cni/domain/text";
import commonNamesData from "../../seed/municipality-common-names.json" with { type: "json" };

const COMMON_NAMES: Readonly<Record<string, readonly string[]>> = commonNamesData.names;

type Names = {
  officialCode?: string | null;
  nameEl: string;
  nameEn: string;
  regionalUnit: string;
  regionalUnitEn: string;
};

/** The curated common names of a municipality of the official list (none when unknown). */
export function commonNamesOf(officialCode: string | null | undefined): readonly string[] {
  return (officialCode && COMMON_NAMES[officialCode]) || [];
}

function fieldsOf(m: Names): string[] {
  return [m.nameEl, m.nameEn, m.regionalUnit, m.regionalUnitEn, ...commonNamesOf(m.officialCode)];
}

/**
 * The stored `searchText` column: every name, normalized. The directory does not search the
 * column (it cannot stem or transliterate in SQL): it matches `municipalityNameIndex`.
 */
export function municipalitySearchText(m: Names): string {
  return normalizeForSearch(fieldsOf(m).join(" "));
}

// A few hundred municipalities, each indexed once per spelling of its names.
const indexCache = new Map<string, NameIndex>();

/** The index `matchesNameIndex` searches, built once per set of names. */
export function municipalityNameIndex(m: Names): NameIndex {
  const fields = fieldsOf(m);
  const key = fields.join("\u0000");
  let index = indexCache.get(key);
  if (!index) {
    if (indexCache.size > 5_000) indexCache.clear();
    index = nameIndex(...fields);
    indexCache.set(key, index);
  }
  return index;
}
