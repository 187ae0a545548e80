import type { Municipality } from "@cni/contracts/municipalities";
import { describe, expect, it } from "vitest";
import {
  countByStatus,
  memberSince,
  parseStatuses,
  regionsOf,
  sortMunicipalities,
} from "./municipality";

function municipality(overrides: Partial<Municipality> & Pick<Municipality, "id">): Municipality {
  return {
    nameEl: overrides.id,
    nameEn: overrides.id,
    region: "Αττική",
    regionEn: "Attica",
    regionalUnit: "Κεντρικός Τομέας Αθηνών",
    regionalUnitEn: "Central Athens",
    lat: null,
    lon: null,
    status: "member",
    founding: false,
    memberSince: null,
    memberSinceOnOrBefore: "2024-06-17",
    withdrawalLastDayAsParty: null,
    withdrawalEffectiveOn: null,
    ...overrides,
  };
}

const athens = municipality({
  id: "athens",
  nameEl: "Αθηναίων",
  nameEn: "Athens",
  founding: true,
  memberSince: "2018-01-04",
  memberSinceOnOrBefore: null,
});
const agiosDimitrios = municipality({
  id: "agios-dimitrios",
  nameEl: "Αγίου Δημητρίου",
  nameEn: "Agios Dimitrios",
});
const heraklion = municipality({
  id: "heraklion",
  nameEl: "Ηρακλείου",
  nameEn: "Heraklion",
  region: "Κρήτη",
  regionEn: "Crete",
});
const serres = municipality({
  id: "serres",
  nameEl: "Σερρών",
  nameEn: "Serres",
  region: "Κεντρική Μακεδονία",
  regionEn: "Central Macedonia",
  status: "applicant",
  memberSinceOnOrBefore: null,
});
const thessaloniki = municipality({
  id: "thessaloniki",
  nameEl: "Θεσσαλονίκης",
  nameEn: "Thessaloniki",
  region: "Κεντρική Μακεδονία",
  regionEn: "Central Macedonia",
  founding: true,
  memberSince: "2018-01-04",
  memberSinceOnOrBefore: null,
});
const all = [serres, heraklion, thessaloniki, athens, agiosDimitrios];
const ids = (items: Municipality[]) => items.map((m) => m.id);

describe("memberSince", () => {
  it("gives an exact date when it is known", () => {
    expect(memberSince(athens, "el")).toEqual({
      kind: "exact",
      date: "2018-01-04",
      text: "04/01/2018",
    });
  });

  it("keeps 'on or before' apart from an exact date", () => {
    expect(memberSince(agiosDimitrios, "en")).toEqual({
      kind: "onOrBefore",
      date: "2024-06-17",
      text: "17/06/2024",
    });
  });

  it("says none for a non-member", () => {
    expect(memberSince(serres, "el")).toEqual({ kind: "none" });
  });
});

describe("sortMunicipalities", () => {
  it("sorts by name with Greek collation in Greek", () => {
    expect(ids(sortMunicipalities(all, "name", "el"))).toEqual([
      "agios-dimitrios", // Αγίου
      "athens", // Αθηναίων
      "heraklion", // Ηρακλείου
      "thessaloniki", // Θεσσαλονίκης
      "serres", // Σερρών
    ]);
  });

  it("sorts by the English name in English", () => {
    expect(ids(sortMunicipalities(all, "name", "en"))).toEqual([
      "agios-dimitrios",
      "athens",
      "heraklion",
      "serres",
      "thessaloniki",
    ]);
  });

  it("sorts by region, then name", () => {
    expect(ids(sortMunicipalities(all, "region", "el"))).toEqual([
      "agios-dimitrios", // Αττική
      "athens",
      "thessaloniki", // Κεντρική Μακεδονία
      "serres",
      "heraklion", // Κρήτη
    ]);
  });

  it("sorts by member since: exact dates, then 'on or before', non-members last", () => {
    expect(ids(sortMunicipalities(all, "memberSince", "el"))).toEqual([
      "athens",
      "thessaloniki",
      "agios-dimitrios",
      "heraklion",
      "serres",
    ]);
  });

  it("does not change its input", () => {
    const input = [...all];
    sortMunicipalities(input, "name", "el");
    expect(input).toEqual(all);
  });
});

describe("counts, regions and statuses", () => {
  it("counts per status, members first", () => {
    expect(countByStatus(all)).toEqual([
      { status: "member", count: 4 },
      { status: "applicant", count: 1 },
    ]);
  });

  it("lists each region once, labelled in the language", () => {
    expect(regionsOf(all, "en")).toEqual([
      { value: "Αττική", label: "Attica" },
      { value: "Κεντρική Μακεδονία", label: "Central Macedonia" },
      { value: "Κρήτη", label: "Crete" },
    ]);
  });

  it("reads a status list from the URL and drops unknown values", () => {
    expect(parseStatuses("member,applicant,bogus")).toEqual(["member", "applicant"]);
    expect(parseStatuses(null)).toEqual([]);
  });
});
