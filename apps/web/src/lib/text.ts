// Greek-aware text helpers: accent- and case-insensitive matching, Greek collation.
import { intlLocale } from "./i18n-locale";

/**
 * A search key: decomposed (NFD), combining marks removed, lower-cased, final sigma folded,
 * whitespace collapsed. "ΣΕΡΡΕΣ", "σερρες" and "Σέρρες" all give "σερρεσ".
 */
export function normalizeSearch(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/ς/g, "σ")
    .replace(/\s+/g, " ")
    .trim();
}

/** True if every word of `query` occurs in `text`, ignoring case and accents. */
export function matchesSearch(text: string, query: string): boolean {
  const haystack = normalizeSearch(text);
  return normalizeSearch(query)
    .split(" ")
    .filter(Boolean)
    .every((word) => haystack.includes(word));
}

const collators = new Map<string, Intl.Collator>();

/** A collator for the language; Greek collation orders Ά with Α, and so on. */
export function collator(language: string): Intl.Collator {
  let value = collators.get(language);
  if (!value) {
    value = new Intl.Collator(intlLocale(language), { sensitivity: "base", numeric: true });
    collators.set(language, value);
  }
  return value;
}
