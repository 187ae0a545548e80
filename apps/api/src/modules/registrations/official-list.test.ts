import { describe, expect, it } from "vitest";
import data from "../../seed/official-municipalities.json" with { type: "json" };
import seats from "../../seed/official-seats.json" with { type: "json" };
import {
  matchesOfficial,
  OFFICIAL_MUNICIPALITIES,
  officialByCode,
  officialSeat,
} from "./official-list.ts";

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

describe("the seats' points (the map's markers)", () => {
  it("places each in Greece, for codes of the list only, with its source", () => {
    expect(seats.source).toMatch(/GeoNames/);
    expect(seats.licence).toMatch(/CC BY 4\.0/);
    const entries = Object.entries(seats.seats);
    expect(entries.length).toBe(seats.count);
    for (const [code, seat] of entries) {
      expect(officialByCode(code), code).toBeDefined();
      expect(seat.lat).toBeGreaterThan(34.7);
      expect(seat.lat).toBeLessThan(41.8);
      expect(seat.lon).toBeGreaterThan(19.3);
      expect(seat.lon).toBeLessThan(29.7);
    }
  });

  it.each([
    ["2401", "Volos", 39.36, 22.94],
    ["1801", "Ioannina", 39.66, 20.85],
    ["7101", "Heraklion", 35.33, 25.14],
    ["3701", "Patras", 38.24, 21.73],
  ])("%s (%s) is at its seat", (code, _name, lat, lon) => {
    const seat = officialSeat(code);
    expect(seat?.lat).toBeCloseTo(lat, 1);
    expect(seat?.lon).toBeCloseTo(lon, 1);
  });

  it("has no point rather than a guessed one (an area's name, no town of that name)", () => {
    expect(officialSeat("0503")).toBeNull(); // Pangaio
    expect(officialSeat("1102")).toBeNull(); // Dion-Olympos: seat Litochoro, not Dion
  });
});

describe("the official list searched by the names people use", async () => {
  const { createTestApp } = await import("../../../test/helpers.ts");
  it.each([
    ["Βόλος", "2401", "Βόλου"],
    ["Γιάννενα", "1801", "Ιωαννιτών"],
    ["Ιωάννινα", "1801", "Ιωαννιτών"],
    ["Λιβαδειά", "2801", "Λεβαδέων"],
  ])("«%s» lists %s first", async (query, code, nameEl) => {
    const ctx = await createTestApp();
    try {
      const response = await ctx.app.inject({
        method: "GET",
        url: `/api/municipalities/official?q=${encodeURIComponent(query)}`,
      });
      expect(response.statusCode).toBe(200);
      expect(response.json().items[0]).toMatchObject({ code, nameEl });
    } finally {
      await ctx.app.close();
    }
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
