import { describe, expect, it } from "vitest";
import data from "../../seed/official-municipalities.json" with { type: "json" };
import { matchesOfficial, OFFICIAL_MUNICIPALITIES, officialByCode } from "./official-list.ts";

describe("the official list of municipalities", () => {
  it("has the 332 municipalities in force since 2019, each code once, with its source", () => {
    expect(OFFICIAL_MUNICIPALITIES).toHaveLength(332);
    expect(new Set(OFFICIAL_MUNICIPALITIES.map((m) => m.code)).size).toBe(332);
    expect(new Set(OFFICIAL_MUNICIPALITIES.map((m) => m.regionEl)).size).toBe(13);
    expect(new Set(OFFICIAL_MUNICIPALITIES.map((m) => m.regionalUnitEl)).size).toBe(74);
    expect(data.source).toMatch(/ELSTAT/);
    expect(data.licence).toMatch(/CC0/);
    // Kleisthenis (law 4600/2019) split Corfu, Kefalonia, Lesvos, Samos, Servia-Velventos
    for (const name of [
      "Βόρειας Κέρκυρας",
      "Ληξουρίου",
      "Δυτικής Λέσβου",
      "Ανατολικής Σάμου",
      "Βελβεντού",
    ]) {
      expect(OFFICIAL_MUNICIPALITIES.some((m) => m.nameEl === name)).toBe(true);
    }
  });

  it.each([
    ["σερρες", "1201"],
    ["Σέρρες", "1201"],
    ["ΣΕΡΡΩΝ", "1201"],
    ["serres", "1201"],
    ["λαρισα", "2201"],
    ["Λαρισαίων", "2201"],
    ["πατρα", "3701"],
  ])("%s finds %s (nominative or genitive, with or without accents)", (query, code) => {
    const m = officialByCode(code);
    expect(m && matchesOfficial(m, query)).toBe(true);
  });
});

describe("GET /api/municipalities/official", async () => {
  const { createTestApp } = await import("../../../test/helpers.ts");
  it("lists the named municipality first and links the directory record", async () => {
    const ctx = await createTestApp();
    try {
      const response = await ctx.app.inject({
        method: "GET",
        url: `/api/municipalities/official?q=${encodeURIComponent("σέρρες")}`,
      });
      expect(response.statusCode).toBe(200);
      const body = response.json();
      expect(body.items[0]).toMatchObject({
        code: "1201",
        nameEl: "Σερρών",
        municipalityId: "serres",
      });
      // the other municipalities of the regional unit of Serres follow
      expect(body.total).toBe(7);
    } finally {
      await ctx.app.close();
    }
  });
});
