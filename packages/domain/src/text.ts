// Greek names are searched and sorted the way people type them: without caring about case,
// accents (τόνος, διαλυτικά) or final sigma.

/** Lower-case (Greek rules), no diacritics, ς → σ, single spaces, trimmed. */
export function normalizeForSearch(s: string): string {
  return s
    .toLocaleLowerCase("el")
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/ς/g, "σ")
    .replace(/\s+/g, " ")
    .trim();
}

/** True when every word of `query` occurs in one of `fields` (normalized; empty query matches). */
export function matchesSearch(query: string, ...fields: (string | null | undefined)[]): boolean {
  const haystack = fields
    .filter((f): f is string => typeof f === "string")
    .map(normalizeForSearch)
    .join("\n");
  return normalizeForSearch(query)
    .split(" ")
    .every((word) => haystack.includes(word));
}

/** Greek alphabetical order, ignoring accents and case (Άγιος sorts with Α), numbers by value. */
export const greekCollator = new Intl.Collator("el", { sensitivity: "base", numeric: true });

export function compareGreek(a: string, b: string): number {
  return greekCollator.compare(a, b);
}

// Case endings of Greek place names, longest first: a municipality's official name is in
// the genitive (Δήμος Σερρών, Λαρισαίων, Πατρέων) while people type the nominative (Σέρρες,
// Λάρισα, Πάτρα). Comparing stems lets either form find the other.
const GREEK_ENDINGS = [
  "αιων",
  "εων",
  "ιων",
  "ιου",
  "ειασ",
  "ιασ",
  "ων",
  "ου",
  "ασ",
  "ησ",
  "οσ",
  "εσ",
  "οι",
  "ια",
  "α",
  "η",
  "ο",
  "ι",
  "ε",
];

/** The stem of one normalized Greek word (its case ending removed; at least 3 letters kept). */
export function greekStem(word: string): string {
  for (const ending of GREEK_ENDINGS) {
    if (word.endsWith(ending) && word.length - ending.length >= 3) {
      return word.slice(0, -ending.length);
    }
  }
  return word;
}

/**
 * Like matchesSearch, but each query word also matches a word of the fields that shares its
 * stem as a prefix, so nominative and genitive find each other (σερρες ↔ Σερρών, αθηνα ↔
 * Αθηναίων, πατρα ↔ Πατρέων), with or without accents.
 */
export function matchesNameForms(query: string, ...fields: (string | null | undefined)[]): boolean {
  const haystack = fields
    .filter((f): f is string => typeof f === "string")
    .map(normalizeForSearch)
    .join("\n");
  const words = haystack.split(/[\s\-–(),/]+/).filter(Boolean);
  return normalizeForSearch(query)
    .split(" ")
    .filter(Boolean)
    .every((q) => {
      if (haystack.includes(q)) return true;
      const stem = greekStem(q);
      return words.some((w) => w.startsWith(stem) || greekStem(w).startsWith(stem));
    });
}
