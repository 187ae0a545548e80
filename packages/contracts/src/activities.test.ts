import { describe, expect, it } from "vitest";
import { ACTIVITY_ISSUES, activityInput, activityPatch, myPillarsInput } from "./activities.ts";

const valid = {
  titleEl: "Εργαστήριο",
  summary: "Περίληψη",
  type: "event",
  pillars: ["employability"],
  startsOn: "2026-03-10",
};

const issues = (input: unknown) => {
  const result = activityInput.safeParse(input);
  return result.success ? [] : result.error.issues.map((i) => [i.path.join("."), i.message]);
};

describe("activityInput (the API body and the SPA form)", () => {
  it("names every broken rule by a stable code, not only by its English message", () => {
    const result = activityInput.safeParse({
      ...valid,
      pillars: [],
      endsOn: "2026-03-09",
      link: "ftp://example.org",
    });
    const codes = result.success
      ? []
      : result.error.issues.map((i) => [
          i.path.join("."),
          (i as { params?: { code?: string } }).params?.code,
        ]);
    expect(codes).toEqual(
      expect.arrayContaining([
        ["endsOn", "endsBeforeStart"],
        ["link", "linkNotHttp"],
      ]),
    );
  });

  it("fills the defaults and turns empty optional fields into null", () => {
    const parsed = activityInput.parse({
      ...valid,
      titleEn: "  ",
      endsOn: "",
      hostMunicipalityId: "",
      location: "",
      link: "",
    });
    expect(parsed).toMatchObject({
      titleEn: null,
      endsOn: null,
      hostMunicipalityId: null,
      location: null,
      link: null,
      participantMunicipalityIds: [],
      status: "planned",
      visibility: "public",
    });
  });

  it("needs at least one pillar and an end on or after the start", () => {
    expect(issues({ ...valid, pillars: [] })).toContainEqual([
      "pillars",
      ACTIVITY_ISSUES.pillarRequired,
    ]);
    expect(issues({ ...valid, endsOn: "2026-03-09" })).toContainEqual([
      "endsOn",
      ACTIVITY_ISSUES.endsBeforeStart,
    ]);
    expect(issues({ ...valid, endsOn: "2026-03-10" })).toEqual([]);
  });

  it("keeps funding fields for the funding type only, and requires them there", () => {
    expect(issues({ ...valid, fundingProgramme: "AMIF" })).toContainEqual([
      "fundingProgramme",
      ACTIVITY_ISSUES.fundingOnlyForFunding,
    ]);
    const funding = { ...valid, type: "funding" };
    expect(issues(funding).map(([path]) => path)).toEqual(["fundingProgramme", "fundingDeadline"]);
    expect(
      issues({ ...funding, fundingProgramme: "AMIF", fundingDeadline: "2026-02-30" }).map(
        ([path]) => path,
      ),
    ).toEqual(["fundingDeadline"]);
    expect(issues({ ...funding, fundingProgramme: "AMIF", fundingDeadline: "2026-04-01" })).toEqual(
      [],
    );
  });

  it.each([
    ["javascript:alert(1)", false],
    ["ftp://example.org/file", false],
    ["https://", false],
    ["example.org", false],
    ["https://example.org/κάλεσμα?id=1", true],
    ["http://localhost:3000/x", true],
  ])("accepts %s as a link: %s", (link, ok) => {
    expect(issues({ ...valid, link }).length === 0).toBe(ok);
  });

  it("takes `other`, since the MoU lists the types «ενδεικτικά και όχι περιοριστικά»", () => {
    expect(issues({ ...valid, type: "other" })).toEqual([]);
    expect(issues({ ...valid, type: "other", fundingProgramme: "AMIF" })).toContainEqual([
      "fundingProgramme",
      ACTIVITY_ISSUES.fundingOnlyForFunding,
    ]);
  });

  it("rejects unknown types and pillars, duplicates, and the host as a participant", () => {
    expect(issues({ ...valid, type: "party" }).map(([p]) => p)).toEqual(["type"]);
    expect(issues({ ...valid, pillars: ["sports"] }).map(([p]) => p)).toEqual(["pillars.0"]);
    expect(issues({ ...valid, pillars: ["inclusion", "inclusion"] })).toContainEqual([
      "pillars",
      ACTIVITY_ISSUES.pillarDuplicate,
    ]);
    expect(
      issues({ ...valid, hostMunicipalityId: "larissa", participantMunicipalityIds: ["larissa"] }),
    ).toContainEqual(["participantMunicipalityIds", ACTIVITY_ISSUES.hostAlsoParticipant]);
  });
});

describe("activityPatch", () => {
  it("leaves out what is not sent, so a patch does not clear other fields", () => {
    expect(activityPatch.parse({ status: "completed" })).toEqual({ status: "completed" });
    expect(activityPatch.parse({ titleEn: "" })).toEqual({ titleEn: null });
  });
});

describe("myPillarsInput", () => {
  it("takes up to the three pillars, each once", () => {
    expect(myPillarsInput.safeParse({ pillars: [] }).success).toBe(true);
    expect(myPillarsInput.safeParse({ pillars: ["inclusion", "inclusion"] }).success).toBe(false);
    expect(myPillarsInput.safeParse({ pillars: ["nope"] }).success).toBe(false);
  });
});
