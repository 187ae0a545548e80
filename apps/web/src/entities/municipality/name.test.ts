import { describe, expect, it } from "vitest";
import { municipalityName, municipalityShortName } from "./name";

const volos = { nameEl: "Βόλου", nameEn: "Volos" };

describe("municipalityName", () => {
  it("uses the genitive in Greek and 'Municipality of' in English", () => {
    expect(municipalityName(volos, "el")).toBe("Δήμος Βόλου");
    expect(municipalityName(volos, "en")).toBe("Municipality of Volos");
  });

  it("does not repeat a prefix already in the data", () => {
    expect(
      municipalityName({ nameEl: "Δήμος Σερρών", nameEn: "Municipality of Serres" }, "el"),
    ).toBe("Δήμος Σερρών");
    expect(
      municipalityName({ nameEl: "Δήμος Σερρών", nameEn: "Municipality of Serres" }, "en"),
    ).toBe("Municipality of Serres");
  });

  it("sorts by the short name, without the prefix", () => {
    expect(municipalityShortName({ nameEl: "Δήμος Σερρών", nameEn: "Serres" }, "el")).toBe(
      "Σερρών",
    );
    expect(municipalityShortName(volos, "en")).toBe("Volos");
  });
});
