// The locale files: every one parses, Greek and English have the same keys, and the terms
// retired by decision 070 (docs/decisions/070-greek-first-terminology.md) stay retired.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { ACTIVITY_TYPES, PILLARS } from "@cni/domain/enums";
import { describe, expect, it } from "vitest";

const LANGUAGES = ["el", "en"] as const;
const folder = import.meta.dirname;

type Flat = Record<string, unknown>;

function flatten(value: unknown, prefix = "", out: Flat = {}): Flat {
  if (value && typeof value === "object" && !Array.isArray(value)) {
    for (const [key, child] of Object.entries(value)) {
      flatten(child, prefix ? `${prefix}.${key}` : key, out);
    }
  } else {
    out[prefix] = value;
  }
  return out;
}

const namespaces = (language: string) =>
  readdirSync(path.join(folder, language))
    .filter((name) => name.endsWith(".json"))
    .sort();

const load = (language: string, file: string): Flat =>
  flatten(JSON.parse(readFileSync(path.join(folder, language, file), "utf8")));

const variables = (text: string) => [...text.matchAll(/{{\s*(\w+)/g)].map((m) => m[1]).sort();

describe("locale files", () => {
  it("have the same namespaces in Greek and English", () => {
    expect(namespaces("en")).toEqual(namespaces("el"));
    expect(namespaces("el").length).toBeGreaterThan(10);
  });

  describe.each(namespaces("el"))("%s", (file) => {
    const [el, en] = LANGUAGES.map((language) => load(language, file)) as [Flat, Flat];

    it("parses, with a non-empty string for every key", () => {
      for (const texts of [el, en]) {
        for (const [key, text] of Object.entries(texts)) {
          expect(typeof text === "string" && text.trim() !== "", `${file} ${key}`).toBe(true);
        }
      }
    });

    it("has the same keys in Greek and English", () => {
      expect(Object.keys(en).sort()).toEqual(Object.keys(el).sort());
    });

    it("interpolates the same values in Greek and English", () => {
      for (const key of Object.keys(el)) {
        if (typeof el[key] !== "string" || typeof en[key] !== "string") continue;
        expect(variables(en[key]), `${file} ${key}`).toEqual(variables(el[key]));
      }
    });
  });
});

describe("enum labels", () => {
  it.each(LANGUAGES)(
    "every activity type and pillar has one label in %s, the same on every page",
    (language) => {
      const activities = load(language, "activities.json");
      const reviews = load(language, "reviews.json");
      for (const type of ACTIVITY_TYPES) {
        expect(activities[`types.${type}`], type).toBeTruthy();
        expect(reviews[`activityType.${type}`], type).toBe(activities[`types.${type}`]);
      }
      for (const pillar of PILLARS) {
        expect(activities[`pillars.${pillar}`], pillar).toBeTruthy();
        expect(reviews[`pillar.${pillar}`], pillar).toBe(activities[`pillars.${pillar}`]);
      }
    },
  );
});

// One term per concept (decision 070): these words name a concept the portal calls otherwise.
const RETIRED: Record<(typeof LANGUAGES)[number], [RegExp, string][]> = {
  el: [
    [/αίτηση προσχώρησης|αιτήσεις προσχώρησης|αιτηθεί/i, "«δήλωση προσχώρησης»"],
    [/δραστηριότητ/i, "«Δράσεις»"],
    [/(στα|τα) άλλα μέλη/i, "«τα άλλα μέρη» (the legal parties)"],
    [/που υπέγραψαν|υπογραφή του επικαιροποιημένου/i, "no claim of who signed the 2024 text"],
    [/ του portal/i, "«της πύλης»"],
  ],
  en: [
    [/accession application|applied to join|applying to join/i, "“accession declaration”"],
    [/(to|the) other members/i, "“the other parties”"],
    [/signed in Athens|signature of the updated/i, "no claim of who signed the 2024 text"],
  ],
};

describe.each(LANGUAGES)("retired terms in %s", (language) => {
  it.each(namespaces(language))("%s uses the chosen terms", (file) => {
    for (const [key, text] of Object.entries(load(language, file))) {
      for (const [pattern, instead] of RETIRED[language]) {
        expect(String(text), `${file} ${key}: write ${instead}`).not.toMatch(pattern);
      }
    }
  });
});
