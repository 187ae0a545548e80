// Municipality ids are readable slugs ("serres", "nea-filadelfeia-nea-chalkidona"). A new
// municipality's slug comes from its English name, or from its Greek name transliterated
// (@cni/domain/transliterate).
import { transliterate } from "@cni/domain/transliterate";

export { transliterate };

/** "Δήμος Βόλου" → "dimos-volou"; "Nea Ionia" → "nea-ionia". At most 60 characters. */
export function slugify(text: string): string {
  return transliterate(text)
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60)
    .replace(/-+$/g, "");
}

/** "Δήμος Βόλου" → "Βόλου", "Municipality of Volos" → "Volos": names are kept without the prefix. */
export function stripMunicipalityPrefix(name: string): string {
  return name
    .trim()
    .replace(/^(δήμος|δημος|δήμου|δημου|δ\.)\s+/iu, "")
    .replace(/^(municipality of|the municipality of|municipality)\s+/i, "")
    .trim();
}
