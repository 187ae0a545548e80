import { describe, expect, it } from "vitest";
import { collator, matchesSearch, normalizeSearch } from "./text";

describe("normalizeSearch", () => {
  it("ignores case, accents and final sigma", () => {
    expect(normalizeSearch("Σέρρες")).toBe("σερρεσ");
    expect(normalizeSearch("ΣΕΡΡΕΣ")).toBe("σερρεσ");
    expect(normalizeSearch("σερρες")).toBe("σερρεσ");
    expect(normalizeSearch("Σερρών")).toBe(normalizeSearch("σερρων"));
  });

  it("strips diaeresis and collapses whitespace", () => {
    expect(normalizeSearch("  Αχαΐα   Ηλεία ")).toBe("αχαια ηλεια");
    expect(normalizeSearch("Ηράκλειο")).toBe("ηρακλειο");
  });

  it("folds Latin accents too", () => {
    expect(normalizeSearch("Türkiye Café")).toBe("turkiye cafe");
  });
});

describe("matchesSearch", () => {
  it("finds every word, in any order", () => {
    expect(matchesSearch("Νέας Φιλαδέλφειας-Νέας Χαλκηδόνας", "χαλκηδονα νεας")).toBe(true);
    expect(matchesSearch("Δήμος Σερρών", "σερρων")).toBe(true);
    expect(matchesSearch("Δήμος Σερρών", "ΣΕΡΡΕΣ")).toBe(false);
    expect(matchesSearch("Σέρρες", "ΣΕΡΡΕΣ")).toBe(true);
  });

  it("matches everything for an empty query", () => {
    expect(matchesSearch("Αθηναίων", "   ")).toBe(true);
  });
});

describe("collator", () => {
  it("sorts Greek with accented letters in place", () => {
    const names = ["Ωρωπός", "Άργος", "Αθήνα", "Έδεσσα", "Ερμούπολη"];
    expect([...names].sort(collator("el").compare)).toEqual([
      "Αθήνα",
      "Άργος",
      "Έδεσσα",
      "Ερμούπολη",
      "Ωρωπός",
    ]);
    // Code-point order would put every accented capital (Ά, Έ) before the whole alphabet.
    expect([...names].sort()[0]).toBe("Άργος");
  });
});
