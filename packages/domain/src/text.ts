import { transliterate } from "./transliterate.ts";

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
 * A Latin spelling folded so the usual ways of writing a Greek name in Latin letters meet:
 * Greek is transliterated (ELOT 743), then ph/f, ch/kh/h, ou/u, ei/oi/y/i, ai/e, c/k and
 * doubled letters are made one ("Livadia", "Livadeia" and «Λιβαδειά» all give "livadia").
 */
export function latinKey(word: string): string {
  return transliterate(normalizeForSearch(word))
    .replace(/ph/g, "f")
    .replace(/[ck]h/g, "h")
    .replace(/ou/g, "u")
    .replace(/ei|oi|yi|y/g, "i")
    .replace(/ai/g, "e")
    .replace(/c/g, "k")
    .replace(/([a-z])\1+/g, "$1");
}

/** The searchable forms of a set of names, computed once and matched many times. */
export type NameIndex = {
  /** Every field normalized, one per line (substring search). */
  haystack: string;
  words: { word: string; stem: string; latin: string }[];
};

const WORD_SEPARATORS = /[\s\-–(),/.]+/;
const LATIN = /[a-z]/;

export function nameIndex(...fields: (string | null | undefined)[]): NameIndex {
  const haystack = fields
    .filter((f): f is string => typeof f === "string")
    .map(normalizeForSearch)
    .join("\n");
  const unique = [...new Set(haystack.split(WORD_SEPARATORS).filter(Boolean))];
  return {
    haystack,
    words: unique.map((word) => ({ word, stem: greekStem(word), latin: latinKey(word) })),
  };
}

/**
 * True when every word of `query` is found in the index: as typed (any part of a name), by
 * its Greek stem at the start of a word, so nominative and genitive find each other (σερρες
 * ↔ Σερρών, αθηνα ↔ Αθηναίων, βολος ↔ Βόλου), or — typed in Latin letters — by its folded
 * Latin spelling at the start of a word (livadia ↔ Λιβαδειά, giannena ↔ Γιάννενα).
 */
export function matchesNameIndex(query: string, index: NameIndex): boolean {
  return normalizeForSearch(query)
    .split(" ")
    .filter(Boolean)
    .every((q) => {
      if (index.haystack.includes(q)) return true;
      if (LATIN.test(q)) {
        const latin = latinKey(q);
        return index.words.some((w) => w.latin.startsWith(latin));
      }
      const stem = greekStem(q);
      return index.words.some((w) => w.word.startsWith(stem) || w.stem.startsWith(stem));
    });
}

/** True when every word of `query` occurs as typed (normalized) somewhere in the index. */
export function containsQuery(query: string, index: NameIndex): boolean {
  return normalizeForSearch(query)
    .split(" ")
    .every((q) => index.haystack.includes(q));
}

/**
 * The items a search finds: those that contain the query as typed when there are any (so
 * «Θεσσαλονίκης» finds the one municipality, not every one of its regional unit), else
 * those that match its other forms (matchesNameIndex: stems, Latin spellings).
 */
export function searchByNames<T>(
  query: string,
  items: readonly T[],
  indexOf: (item: T) => NameIndex,
): T[] {
  if (!normalizeForSearch(query)) return [...items];
  const exact = items.filter((item) => containsQuery(query, indexOf(item)));
  return exact.length ? exact : items.filter((item) => matchesNameIndex(query, indexOf(item)));
}

/** matchesNameIndex over `fields` (for one-off matches; build a nameIndex to match many times). */
export function matchesNameForms(query: string, ...fields: (string | null | undefined)[]): boolean {
  return matchesNameIndex(query, nameIndex(...fields));
}
