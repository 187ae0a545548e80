import { describe, expect, it } from "vitest";
import { activityKit, workshop } from "../../../test/fixtures/activities.ts";
import { useTestApp } from "../../../test/helpers.ts";

const ctx = useTestApp();
const { as, create, createOk } = activityKit(() => ctx);

describe("POST /api/activities validation", () => {
  it.each([
    ["no pillar", { pillars: [] }, "pillars", "Choose at least one pillar"],
    ["unknown type", { type: "party" }, "type", undefined],
    [
      "end before start",
      { startsOn: "2026-03-10", endsOn: "2026-03-09" },
      "endsOn",
      "The end date must be on or after the start date",
    ],
    ["not a calendar date", { startsOn: "2026-02-30" }, "startsOn", undefined],
    ["unknown pillar", { pillars: ["sports"] }, "pillars.0", undefined],
    ["empty Greek title", { titleEl: "   " }, "titleEl", undefined],
    [
      "a link that is not http(s)",
      { link: "javascript:alert(1)" },
      "link",
      "The link must be a web address starting with http:// or https://",
    ],
    [
      "funding fields on another type",
      { fundingProgramme: "AMIF" },
      "fundingProgramme",
      "Only a funding activity has a funding programme and deadline",
    ],
    [
      "funding without a programme",
      { type: "funding", fundingDeadline: "2026-04-01" },
      "fundingProgramme",
      "The funding programme is required for a funding activity",
    ],
    [
      "funding with a deadline that is not a date",
      { type: "funding", fundingProgramme: "AMIF", fundingDeadline: "soon" },
      "fundingDeadline",
      undefined,
    ],
    [
      "the host listed as a participant too",
      { participantMunicipalityIds: ["larissa"] },
      "participantMunicipalityIds",
      "The host municipality is not also listed as a participant",
    ],
  ])("rejects %s with 400 and a field error", async (_name, overrides, path, message) => {
    const response = await create(workshop(overrides));
    expect(response.statusCode).toBe(400);
    expect(response.headers["content-type"]).toContain("application/problem+json");
    const body = response.json() as { code: string; errors: { path: string; message: string }[] };
    expect(body.code).toBe("VALIDATION_FAILED");
    const error = body.errors.find((e) => e.path === path);
    expect(error, JSON.stringify(body.errors)).toBeDefined();
    if (message) expect(error?.message).toBe(message);
  });

  it("reports every problem at once (no pillar and end before start)", async () => {
    const response = await create(workshop({ pillars: [], endsOn: "2026-03-01" }));
    expect(response.statusCode).toBe(400);
    const paths = (response.json() as { errors: { path: string }[] }).errors.map((e) => e.path);
    expect(paths).toEqual(expect.arrayContaining(["pillars", "endsOn"]));
  });

  it("rejects an unknown municipality with 422 and the field", async () => {
    const response = await create(workshop({ participantMunicipalityIds: ["atlantis"] }));
    expect(response.statusCode).toBe(422);
    expect(response.json()).toMatchObject({
      code: "UNKNOWN_MUNICIPALITY",
      errors: [{ path: "participantMunicipalityIds.0" }],
    });
  });

  it("accepts a funding activity with its programme and deadline, and empty optional fields", async () => {
    const created = await createOk(
      workshop({
        type: "funding",
        fundingProgramme: "AMIF 2021-2027",
        fundingDeadline: "2026-05-31",
        titleEn: "",
        endsOn: "",
        link: "https://example.org/call?id=1",
      }),
    );
    expect(created).toMatchObject({
      type: "funding",
      fundingProgramme: "AMIF 2021-2027",
      fundingDeadline: "2026-05-31",
      titleEn: null,
      endsOn: null,
      published: true,
      host: { id: "larissa", nameEl: "Λαρισαίων" },
      participantMunicipalityIds: ["trikala"],
    });
  });

  it("needs a signed-in coordinator and the CSRF token", async () => {
    expect((await create(workshop(), await as("larissa.representative"))).statusCode).toBe(403);
    const noCsrf = await ctx.app.inject({
      method: "POST",
      url: "/api/activities",
      headers: { cookie: (await as("coordinator")).cookie },
      payload: workshop(),
    });
    expect(noCsrf.statusCode).toBe(403);
    expect(noCsrf.json()).toMatchObject({ code: "CSRF_TOKEN_INVALID" });
  });
});
