import { describe, expect, it } from "vitest";
import {
  compareGreek,
  greekCollator,
  greekStem,
  latinKey,
  matchesNameForms,
  matchesNameIndex,
  matchesSearch,
  nameIndex,
  normalizeForSearch,
  searchByNames,
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

describe("names people use (issue: search by the names people use)", () => {
  // What the directory indexes for a municipality: its official (genitive) and English
  // names, its regional unit and its curated common names and seat.
  const volos = nameIndex("Βόλου", "Volos", "Μαγνησία", "Magnesia", "Βόλος");
  const tilos = nameIndex("Τήλου", "Tilos", "Ρόδος", "Rhodes", "Τήλος", "Μεγάλο Χωριό");
  const agiosDimitrios = nameIndex("Αγίου Δημητρίου", "Agios Dimitrios", "Νότιος Τομέας Αθηνών");
  const neaFiladelfeia = nameIndex(
    "Νέας Φιλαδελφείας-Νέας Χαλκηδόνος",
    "Nea Filadelfeia-Nea Chalkidona",
    "Κεντρικός Τομέας Αθηνών",
  );
  const livadeia = nameIndex("Λεβαδέων", "Livadeia", "Βοιωτία", "Boeotia", "Λιβαδειά", "Λεβαδειά");
  const ioannina = nameIndex("Ιωαννιτών", "Ioannina", "Ιωάννινα", "Ioannina", "Γιάννενα");

  it.each([
    ["Βόλος", volos],
    ["βολοσ", volos],
    ["ΒΟΛΟΣ", volos],
    ["Βόλο", volos],
    ["volos", volos],
    ["Τήλος", tilos],
    ["Μεγάλο Χωριό", tilos],
    ["Άγιος Δημήτριος", agiosDimitrios],
    ["agios dimitrios", agiosDimitrios],
    ["Αγ Δημ", agiosDimitrios],
    ["Νέα Φιλαδέλφεια", neaFiladelfeia],
    ["nea filadelfia", neaFiladelfeia],
    ["Νέα Χαλκηδόνα", neaFiladelfeia],
    ["Λιβαδειά", livadeia],
    ["Λεβαδειά", livadeia],
    ["λιβαδεια", livadeia],
    ["Livadia", livadeia],
    ["Γιάννενα", ioannina],
    ["giannena", ioannina],
    ["Ιωάννινα", ioannina],
  ])("%s is found", (query, index) => {
    expect(matchesNameIndex(query, index)).toBe(true);
  });

  it("does not find other municipalities", () => {
    expect(matchesNameIndex("Βόλος", tilos)).toBe(false);
    expect(matchesNameIndex("Λιβαδειά", ioannina)).toBe(false);
    expect(matchesNameIndex("Άγιος Νικόλαος", agiosDimitrios)).toBe(false);
    expect(matchesNameIndex("Νέα Ιωνία", neaFiladelfeia)).toBe(false);
    expect(matchesNameIndex("livadia", volos)).toBe(false);
    expect(matchesNameIndex("serres", nameIndex("Σερίφου", "Serifos"))).toBe(false);
  });

  it("an empty query matches everything", () => {
    expect(matchesNameIndex("  ", volos)).toBe(true);
  });

  it.each([
    ["Λιβαδειά", "livadia"],
    ["Livadeia", "livadia"],
    ["Γιάννενα", "gianena"],
    ["Giannena", "gianena"],
    ["Φιλαδέλφεια", "filadelfia"],
    ["Philadelphia", "filadelfia"],
    ["Χαλκηδόνα", "halkidona"],
    ["Chalkidona", "halkidona"],
  ])("latinKey(%s) = %s", (word, key) => {
    expect(latinKey(word)).toBe(key);
  });
});

describe("searchByNames", () => {
  const thessaloniki = nameIndex("Θεσσαλονίκης", "Thessaloniki", "Θεσσαλονίκη");
  const kalamaria = nameIndex("Καλαμαριάς", "Kalamaria", "Θεσσαλονίκη");
  const serres = nameIndex("Σερρών", "Serres", "Σέρρες");
  const all = [thessaloniki, kalamaria, serres];
  const find = (q: string) => searchByNames(q, all, (i) => i);

  it("prefers what contains the query as typed", () => {
    expect(find("ΘΕΣΣΑΛΟΝΙΚΗΣ")).toEqual([thessaloniki]);
    expect(find("Θεσσαλονίκη")).toEqual([thessaloniki, kalamaria]);
  });

  it("falls back to other forms of the name when nothing contains it", () => {
    expect(find("Καλαμαριά")).toEqual([kalamaria]);
    expect(find("Σέρρας")).toEqual([serres]);
    expect(find("kalamarias")).toEqual([kalamaria]);
    expect(find("kalamata")).toEqual([]);
    expect(find("kalamaria")).toEqual([kalamaria]);
  });

  it("finds everything for an empty query and nothing for an unknown name", () => {
    expect(find(" ")).toEqual(all);
    expect(find("Καλαμάτα")).toEqual([]);
  });
});
