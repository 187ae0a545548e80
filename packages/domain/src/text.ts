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
