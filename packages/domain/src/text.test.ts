import { describe, expect, it } from "vitest";
import {
  compareGreek,
  greekCollator,
  greekStem,
  matchesNameForms,
  matchesSearch,
  normalizeForSearch,
} from "./text.ts";

describe("normalizeForSearch", () => {
  it.each([
    ["ΣΕΡΡΩΝ", "σερρων"],
    ["Σερρών", "σερρων"],
    ["σερρων", "σερρων"],
    ["Ηρακλείου", "ηρακλειου"],
    ["Αθηναίων", "αθηναιων"],
    ["ΑΘΗΝΑΊΩΝ", "αθηναιων"],
    ["Νέας Φιλαδέλφειας-Νέας Χαλκηδόνας", "νεασ φιλαδελφειασ-νεασ χαλκηδονασ"],
    ["  Αγίου   Δημητρίου\t", "αγιου δημητριου"],
    ["Πρωτεΐνη ϋ ΐ", "πρωτεινη υ ι"],
    ["Thessaloniki", "thessaloniki"],
    ["Café", "cafe"],
  ])("%j → %j", (input, expected) => expect(normalizeForSearch(input)).toBe(expected));

  it("makes final and medial sigma equal", () =>
    expect(normalizeForSearch("Τρίπολης")).toBe(normalizeForSearch("ΤΡΙΠΟΛΗΣ")));
});

describe("matchesSearch", () => {
  it("matches Greek and English names regardless of case and accents", () => {
    expect(matchesSearch("σερρων", "Σερρών", "Serres")).toBe(true);
    expect(matchesSearch("ΣΕΡΡ", "Σερρών", "Serres")).toBe(true);
    expect(matchesSearch("λαρισα", "Λαρισαίων", "Larissa")).toBe(true);
    expect(matchesSearch("serres", "Σερρών", "Serres")).toBe(true);
    expect(matchesSearch("νεας χαλκηδονας", "Νέας Φιλαδέλφειας-Νέας Χαλκηδόνας")).toBe(true);
    expect(matchesSearch("Λάρισσα", "Λαρισαίων", "Larissa")).toBe(false);
    expect(matchesSearch("", "Σερρών")).toBe(true);
    expect(matchesSearch("x", null, undefined)).toBe(false);
  });
});

describe("Greek collation", () => {
  it("sorts Greek names alphabetically, accented initials with their letter", () => {
    const names = [
      "Ωραιόκαστρο",
      "Χανίων",
      "Βόλος",
      "Ηρακλείου",
      "Άγιος Δημήτριος",
      "Έδεσσα",
      "Αθηναίων",
      "Ιωαννιτών",
      "Σερρών",
    ];
    expect([...names].sort(compareGreek)).toEqual([
      "Άγιος Δημήτριος",
      "Αθηναίων",
      "Βόλος",
      "Έδεσσα",
      "Ηρακλείου",
      "Ιωαννιτών",
      "Σερρών",
      "Χανίων",
      "Ωραιόκαστρο",
    ]);
  });
  it("ignores case and accents, orders numbers by value", () => {
    expect(compareGreek("ΑΘΗΝΑ", "αθήνα")).toBe(0);
    expect(greekCollator.compare("Δήμος 2", "Δήμος 10")).toBeLessThan(0);
  });
});

describe("matchesNameForms (nominative ↔ genitive)", () => {
  it.each([
    ["σερρες", "Σερρών"],
    ["Σέρρες", "Σερρών"],
    ["σερρων", "Σερρών"],
    ["Λάρισα", "Λαρισαίων"],
    ["ΑΘΗΝΑ", "Αθηναίων"],
    ["πατρα", "Πατρέων"],
    ["βολος", "Βόλου"],
    ["ηρακλειο", "Ηρακλείου"],
    ["νεα σμυρνη", "Νέας Σμύρνης"],
    ["αγιος δημητριος", "Αγίου Δημητρίου"],
  ])("%s finds %s", (query, name) => {
    expect(matchesNameForms(query, name)).toBe(true);
  });

  it("does not match unrelated names", () => {
    expect(matchesNameForms("σερρες", "Σερίφου")).toBe(false);
    expect(matchesNameForms("λαρισα", "Λαμιέων")).toBe(false);
    expect(matchesNameForms("πατρα", "Πάτμου")).toBe(false);
  });

  it("keeps at least three letters of a stem", () => {
    expect(greekStem("κω")).toBe("κω");
    expect(greekStem("σερρων")).toBe("σερρ");
  });
});
