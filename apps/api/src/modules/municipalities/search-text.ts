import { normalizeForSearch } from "@cni/domain/text";

/**
 * What the directory's `q` is matched against: the official (genitive) Greek name, the
 * English name and the regional unit, so "σερρες" (nominative, as people type it) finds
 * Δήμος Σερρών as well as "σερρων" does.
 */
export function municipalitySearchText(m: {
  nameEl: string;
  nameEn: string;
  regionalUnit: string;
  regionalUnitEn: string;
}): string {
  return normalizeForSearch(`${m.nameEl} ${m.nameEn} ${m.regionalUnit} ${m.regionalUnitEn}`);
}
