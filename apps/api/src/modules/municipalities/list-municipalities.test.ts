// GET /api/municipalities?q=: a municipality is found by the names people use for it, not
// only by its official genitive name (issue 15, item 4).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestContext } from "../../../test/helpers.ts";
import { officialByCode } from "../registrations/official-list.ts";
import { listMunicipalities } from "./list-municipalities.ts";
import { municipalitySearchText } from "./search-text.ts";

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestApp();
  // Volos is not among the seeded members: add it as registration does, from the official list.
  const volos = officialByCode("2401");
  if (!volos) throw new Error("Volos missing from the official list");
  const names = {
    officialCode: volos.code,
    nameEl: volos.nameEl,
    nameEn: volos.nameEn,
    regionalUnit: volos.regionalUnitEl,
    regionalUnitEn: volos.regionalUnitEn,
  };
  await ctx.db.municipality.create({
    data: {
      id: "volos",
      ...names,
      region: volos.regionEl,
      regionEn: volos.regionEn,
      searchText: municipalitySearchText(names),
    },
  });
});
afterAll(async () => {
  await ctx.app.close();
});

const search = async (q: string) => {
  const response = await ctx.app.inject({
    method: "GET",
    url: "/api/municipalities",
    query: { q },
  });
  expect(response.statusCode).toBe(200);
  return (response.json() as { items: { id: string }[] }).items.map((m) => m.id);
};

describe("GET /api/municipalities?q= by the names people use", () => {
  it.each([
    ["Βόλος", "volos"],
    ["βολος", "volos"],
    ["Volos", "volos"],
    ["Τήλος", "tilos"],
    ["Άγιος Δημήτριος", "agios-dimitrios"],
    ["Agios Dimitrios", "agios-dimitrios"],
    ["Νέα Φιλαδέλφεια", "nea-filadelfeia-nea-chalkidona"],
    ["Nea Filadelfia", "nea-filadelfeia-nea-chalkidona"],
    ["Λιβαδειά", "livadeia"],
    ["Λεβαδειά", "livadeia"],
    ["Livadia", "livadeia"],
    ["Γιάννενα", "ioannina"],
    ["Ιωάννινα", "ioannina"],
    ["Giannena", "ioannina"],
    ["Τρίκαλα", "trikala"],
    ["Σίνδος", "delta"],
    ["Σέρρες", "serres"],
  ])("«%s» finds %s and nothing unrelated", async (q, id) => {
    const ids = await search(q);
    expect(ids).toContain(id);
    expect(ids.length).toBeLessThanOrEqual(2);
  });

  it("still finds by the official genitive name and by part of a name", async () => {
    expect(await search("Βόλου")).toEqual(["volos"]);
    expect(await search("Λεβαδέων")).toEqual(["livadeia"]);
    expect(await search("αλαμαρ")).toEqual(["kalamaria"]);
  });

  it("finds nothing for a name of no municipality in the directory", async () => {
    expect(await search("Καλαμάτα")).toEqual([]);
  });

  it("counts only what the search found", async () => {
    const list = await listMunicipalities(ctx.db, { q: "Γιάννενα", asOf: "2025-01-01" });
    expect(list.total).toBe(1);
    expect(list.counts.member).toBe(1);
  });
});
