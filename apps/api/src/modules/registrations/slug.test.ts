import { describe, expect, it } from "vitest";
import { slugify, stripMunicipalityPrefix, transliterate } from "./slug.ts";

describe("slugify", () => {
  it.each([
    ["Volos", "volos"],
    ["Βόλου", "volou"],
    ["Δήμος Βόλου", "dimos-volou"],
    ["Νέας Ιωνίας", "neas-ionias"],
    ["Αγίου Δημητρίου", "agiou-dimitriou"],
    ["Ευόσμου-Κορδελιού", "evosmou-kordeliou"],
    ["Μπαλτάς", "baltas"],
    ["Ζωγράφου", "zografou"],
    ["  --Nea   Smyrni!! ", "nea-smyrni"],
  ])("%s → %s", (input, expected) => {
    expect(slugify(input)).toBe(expected);
  });

  it("keeps slugs short and never empty-ended", () => {
    const slug = slugify("Α".repeat(100));
    expect(slug.length).toBeLessThanOrEqual(60);
    expect(slug.endsWith("-")).toBe(false);
  });

  it("transliterates ψ, χ, θ", () => {
    expect(transliterate("Ψαχνά Θήβα")).toBe("psachna thiva");
  });
});

describe("stripMunicipalityPrefix", () => {
  it.each([
    ["Δήμος Βόλου", "Βόλου"],
    ["ΔΗΜΟΣ ΒΟΛΟΥ", "ΒΟΛΟΥ"],
    ["Municipality of Volos", "Volos"],
    ["Βόλου", "Βόλου"],
    ["Δημοσθένους", "Δημοσθένους"],
  ])("%s → %s", (input, expected) => {
    expect(stripMunicipalityPrefix(input)).toBe(expected);
  });
});
