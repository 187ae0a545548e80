import { beforeAll, describe, expect, it } from "vitest";
import { activityKit, type Json, workshop } from "../../../test/fixtures/activities.ts";
import { useTestApp } from "../../../test/helpers.ts";

const ctx = useTestApp();
const { as, createOk, list } = activityKit(() => ctx);

describe("finding activities", () => {
  const marker = "Κυκλάδες"; // a word only these activities carry
  let publicOne: Json & { id: string };
  let membersOne: Json & { id: string };

  beforeAll(async () => {
    publicOne = await createOk(
      workshop({
        titleEl: `Σεμινάριο για τις ${marker}: ΚΕΜ και ΣΕΜΠ`,
        titleEn: "Seminar on migrant integration councils",
        pillars: ["municipal_structures", "inclusion"],
        type: "good_practice_exchange",
        startsOn: "2027-01-15",
        endsOn: null,
        hostMunicipalityId: "athens",
        participantMunicipalityIds: ["piraeus", "tilos"],
        location: "Αθήνα, Τεχνόπολη",
      }),
    );
    membersOne = await createOk(
      workshop({
        titleEl: `Εσωτερική συνάντηση ${marker}`,
        titleEn: null,
        visibility: "members",
        type: "policy_proposal",
        pillars: ["inclusion"],
        startsOn: "2027-02-01",
        endsOn: "2027-02-03",
        hostMunicipalityId: "tilos",
        participantMunicipalityIds: [],
        status: "ongoing",
      }),
    );
  });

  it("shows anonymous callers only the public ones, members both", async () => {
    const anonymous = await list({ q: marker });
    expect(anonymous.items.map((a) => a.id)).toEqual([publicOne.id]);
    expect(anonymous.total).toBe(1);
    const member = await list({ q: marker }, await as("larissa.representative"));
    expect(member.items.map((a) => a.id).sort()).toEqual([publicOne.id, membersOne.id].sort());
    expect(member.total).toBe(2);
    // a municipality that is only an applicant is not the network's "members"
    const applicant = await list({ q: marker }, await as("serres.officer"));
    expect(applicant.items.map((a) => a.id)).toEqual([publicOne.id]);
  });

  it("hides a members-only activity from anonymous callers (404, not 403)", async () => {
    const anon = await ctx.app.inject({ method: "GET", url: `/api/activities/${membersOne.id}` });
    expect(anon.statusCode).toBe(404);
    const member = await ctx.app.inject({
      method: "GET",
      url: `/api/activities/${membersOne.id}`,
      headers: { cookie: (await as("trikala.representative")).cookie },
    });
    expect(member.statusCode).toBe(200);
    expect(member.json()).toMatchObject({ visibility: "members", proposedBy: null });
  });

  it.each([
    ["κυκλαδεσ", 2],
    ["ΚΥΚΛΑΔΕΣ", 2],
    ["κυκλάδες σεμιναριο", 1],
    ["Σεμινάριο ΚΕΜ", 1],
    ["migrant integration", 1],
    ["τεχνοπολη", 1],
    ["κυκλαδες nothing-like-this", 0],
  ])("matches q=%s accent- and case-insensitively in Greek and English", async (q, expected) => {
    expect((await list({ q }, await as("larissa.representative"))).total).toBe(expected);
  });

  it("filters by pillar, type, status and a comma list", async () => {
    expect(
      (await list({ q: marker, pillar: "inclusion" }, await as("larissa.representative"))).total,
    ).toBe(2);
    expect(
      (
        await list(
          { q: marker, pillar: "municipal_structures" },
          await as("larissa.representative"),
        )
      ).total,
    ).toBe(1);
    expect(
      (await list({ q: marker, pillar: "employability" }, await as("larissa.representative")))
        .total,
    ).toBe(0);
    expect(
      (await list({ q: marker, type: "policy_proposal" }, await as("larissa.representative")))
        .total,
    ).toBe(1);
    expect(
      (
        await list(
          { q: marker, type: "policy_proposal,good_practice_exchange" },
          await as("larissa.representative"),
        )
      ).total,
    ).toBe(2);
    expect(
      (await list({ q: marker, status: "ongoing" }, await as("larissa.representative"))).total,
    ).toBe(1);
  });

  it("filters by a municipality, hosted or joined", async () => {
    const athens = await list(
      { q: marker, municipalityId: "athens" },
      await as("larissa.representative"),
    );
    expect(athens.items.map((a) => a.id)).toEqual([publicOne.id]);
    const tilos = await list(
      { q: marker, municipalityId: "tilos" },
      await as("larissa.representative"),
    );
    expect(tilos.total).toBe(2); // joined the first, hosts the second
    expect(
      (await list({ q: marker, municipalityId: "chania" }, await as("larissa.representative")))
        .total,
    ).toBe(0);
  });

  it("filters by a date range that the activity overlaps", async () => {
    const q = marker;
    expect((await list({ q, from: "2027-02-02" }, await as("larissa.representative"))).total).toBe(
      1,
    ); // ends 02-03
    expect((await list({ q, from: "2027-02-04" }, await as("larissa.representative"))).total).toBe(
      0,
    );
    expect((await list({ q, to: "2027-01-31" }, await as("larissa.representative"))).total).toBe(1);
    expect(
      (await list({ q, from: "2027-01-15", to: "2027-01-15" }, await as("larissa.representative")))
        .total,
    ).toBe(1);
  });

  it.each([
    ["pillar", "sports"],
    ["type", "event,party"],
    ["from", "2027-02-30"],
    ["page", "0"],
    ["pageSize", "1000"],
    ["sort", "random"],
  ])("rejects %s=%s with 400", async (key, value) => {
    const response = await ctx.app.inject({
      method: "GET",
      url: "/api/activities",
      query: { [key]: value },
    });
    expect(response.statusCode).toBe(400);
  });
});

describe("pagination", () => {
  const tag = "Σελιδοποίηση";
  beforeAll(async () => {
    for (let i = 1; i <= 23; i++) {
      await createOk(
        workshop({
          titleEl: `${tag} ${i}`,
          startsOn: `2028-01-${String(i).padStart(2, "0")}`,
          endsOn: null,
        }),
      );
    }
  });

  it("pages in order with the total of all matches", async () => {
    const page1 = await list({ q: tag, pageSize: "10", sort: "startsOn" });
    const page3 = await list({ q: tag, pageSize: "10", page: "3", sort: "startsOn" });
    expect(page1.total).toBe(23);
    expect(page1.items).toHaveLength(10);
    expect(page1.items[0]?.startsOn).toBe("2028-01-01");
    expect(page3.total).toBe(23);
    expect(page3.items.map((a) => a.startsOn)).toEqual(["2028-01-21", "2028-01-22", "2028-01-23"]);
    const beyond = await list({ q: tag, pageSize: "10", page: "4" });
    expect(beyond).toMatchObject({ total: 23, items: [] });
    const newest = await list({ q: tag, pageSize: "1" });
    expect(newest.items[0]?.startsOn).toBe("2028-01-23");
  });
});
