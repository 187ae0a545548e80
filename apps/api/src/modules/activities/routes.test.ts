import ICAL from "ical.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  type Agent,
  createTestApp,
  createUser,
  signIn,
  signInAs,
  type TestContext,
} from "../../../test/helpers.ts";

let ctx: TestContext;
let coordinator: Agent;
let repLarissa: Agent;
let repTrikala: Agent;
let officerSerres: Agent; // an applicant municipality: not (yet) a party

type Json = Record<string, unknown>;

beforeAll(async () => {
  // Load shedding (503 when the event loop lags) is not what these tests are about, and a
  // busy test machine must not fail them.
  ctx = await createTestApp();
  coordinator = (await signInAs(ctx, "coordinator")).agent;
  repLarissa = (await signInAs(ctx, "representative", "larissa")).agent;
  repTrikala = (await signInAs(ctx, "representative", "trikala")).agent;
  officerSerres = (await signInAs(ctx, "officer", "serres")).agent;
});
afterAll(async () => {
  await ctx.app.close();
});

const workshop = (overrides: Json = {}): Json => ({
  titleEl: "Εργαστήριο απασχολησιμότητας",
  titleEn: "Employability workshop",
  summary: "Ένα εργαστήριο για την ένταξη στην αγορά εργασίας.",
  type: "event",
  pillars: ["employability"],
  startsOn: "2026-03-10",
  endsOn: "2026-03-11",
  hostMunicipalityId: "larissa",
  participantMunicipalityIds: ["trikala"],
  status: "planned",
  visibility: "public",
  ...overrides,
});

async function create(body: Json, agent: Agent = coordinator) {
  const response = await ctx.app.inject({
    method: "POST",
    url: "/api/activities",
    headers: agent.headers,
    payload: body,
  });
  return response;
}

async function createOk(body: Json): Promise<Json & { id: string }> {
  const response = await create(body);
  expect(response.statusCode, response.body).toBe(201);
  return response.json();
}

async function list(query: Record<string, string> = {}, agent?: Agent) {
  const response = await ctx.app.inject({
    method: "GET",
    url: "/api/activities",
    query,
    headers: agent ? { cookie: agent.cookie } : {},
  });
  expect(response.statusCode, response.body).toBe(200);
  return response.json() as { items: Array<Json & { id: string }>; total: number };
}

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
    expect((await create(workshop(), repLarissa)).statusCode).toBe(403);
    const noCsrf = await ctx.app.inject({
      method: "POST",
      url: "/api/activities",
      headers: { cookie: coordinator.cookie },
      payload: workshop(),
    });
    expect(noCsrf.statusCode).toBe(403);
    expect(noCsrf.json()).toMatchObject({ code: "CSRF_TOKEN_INVALID" });
  });
});

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
    const member = await list({ q: marker }, repLarissa);
    expect(member.items.map((a) => a.id).sort()).toEqual([publicOne.id, membersOne.id].sort());
    expect(member.total).toBe(2);
    // a municipality that is only an applicant is not the network's "members"
    const applicant = await list({ q: marker }, officerSerres);
    expect(applicant.items.map((a) => a.id)).toEqual([publicOne.id]);
  });

  it("hides a members-only activity from anonymous callers (404, not 403)", async () => {
    const anon = await ctx.app.inject({ method: "GET", url: `/api/activities/${membersOne.id}` });
    expect(anon.statusCode).toBe(404);
    const member = await ctx.app.inject({
      method: "GET",
      url: `/api/activities/${membersOne.id}`,
      headers: { cookie: repTrikala.cookie },
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
    expect((await list({ q }, repLarissa)).total).toBe(expected);
  });

  it("filters by pillar, type, status and a comma list", async () => {
    expect((await list({ q: marker, pillar: "inclusion" }, repLarissa)).total).toBe(2);
    expect((await list({ q: marker, pillar: "municipal_structures" }, repLarissa)).total).toBe(1);
    expect((await list({ q: marker, pillar: "employability" }, repLarissa)).total).toBe(0);
    expect((await list({ q: marker, type: "policy_proposal" }, repLarissa)).total).toBe(1);
    expect(
      (await list({ q: marker, type: "policy_proposal,good_practice_exchange" }, repLarissa)).total,
    ).toBe(2);
    expect((await list({ q: marker, status: "ongoing" }, repLarissa)).total).toBe(1);
  });

  it("filters by a municipality, hosted or joined", async () => {
    const athens = await list({ q: marker, municipalityId: "athens" }, repLarissa);
    expect(athens.items.map((a) => a.id)).toEqual([publicOne.id]);
    const tilos = await list({ q: marker, municipalityId: "tilos" }, repLarissa);
    expect(tilos.total).toBe(2); // joined the first, hosts the second
    expect((await list({ q: marker, municipalityId: "chania" }, repLarissa)).total).toBe(0);
  });

  it("filters by a date range that the activity overlaps", async () => {
    const q = marker;
    expect((await list({ q, from: "2027-02-02" }, repLarissa)).total).toBe(1); // ends 02-03
    expect((await list({ q, from: "2027-02-04" }, repLarissa)).total).toBe(0);
    expect((await list({ q, to: "2027-01-31" }, repLarissa)).total).toBe(1);
    expect((await list({ q, from: "2027-01-15", to: "2027-01-15" }, repLarissa)).total).toBe(1);
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

describe("changing and deleting", () => {
  it("patches fields, checks the merged result and audits before/after", async () => {
    const created = await createOk(workshop({ titleEl: "Προς αλλαγή" }));
    const patch = (payload: Json) =>
      ctx.app.inject({
        method: "PATCH",
        url: `/api/activities/${created.id}`,
        headers: coordinator.headers,
        payload,
      });
    const bad = await patch({ endsOn: "2026-03-01" });
    expect(bad.statusCode).toBe(400);
    expect(bad.json()).toMatchObject({ errors: [{ path: "endsOn" }] });
    const toFunding = await patch({ type: "funding" });
    expect(toFunding.statusCode).toBe(400);
    const ok = await patch({
      status: "completed",
      pillars: ["inclusion", "employability"],
      participantMunicipalityIds: ["trikala", "karditsa"],
      titleEn: null,
    });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json()).toMatchObject({
      titleEl: "Προς αλλαγή",
      status: "completed",
      pillars: ["employability", "inclusion"],
      titleEn: null,
      participantMunicipalityIds: ["karditsa", "trikala"],
    });
    const audit = await ctx.db.auditEntry.findMany({
      where: { entityType: "activity", entityId: created.id },
      orderBy: { at: "asc" },
    });
    expect(audit.map((a) => a.action)).toEqual(["activity.create", "activity.update"]);
    expect(JSON.parse(audit[1]?.before ?? "{}")).toMatchObject({ status: "planned" });
    expect(JSON.parse(audit[1]?.after ?? "{}")).toMatchObject({ status: "completed" });
    const missing = await ctx.app.inject({
      method: "PATCH",
      url: "/api/activities/nope",
      headers: coordinator.headers,
      payload: { status: "completed" },
    });
    expect(missing.statusCode).toBe(404);
  });

  it("deletes, and a second delete is a 404", async () => {
    const created = await createOk(workshop({ titleEl: "Προς διαγραφή" }));
    const del = () =>
      ctx.app.inject({
        method: "DELETE",
        url: `/api/activities/${created.id}`,
        headers: coordinator.headers,
      });
    expect((await del()).statusCode).toBe(204);
    expect((await del()).statusCode).toBe(404);
    expect(await ctx.db.activityPillar.count({ where: { activityId: created.id } })).toBe(0);
    expect(
      await ctx.db.auditEntry.count({ where: { entityId: created.id, action: "activity.delete" } }),
    ).toBe(1);
  });
});

describe("proposals", () => {
  const propose = (agent: Agent, payload: Json) =>
    ctx.app.inject({
      method: "POST",
      url: "/api/activities/proposals",
      headers: agent.headers,
      payload,
    });

  it("a representative proposes; only coordinators and the proposer see it until published", async () => {
    const response = await propose(
      repLarissa,
      workshop({
        titleEl: "Πρόταση: επίσκεψη μελέτης",
        type: "study_visit",
        hostMunicipalityId: null,
        participantMunicipalityIds: [],
      }),
    );
    expect(response.statusCode, response.body).toBe(201);
    const proposal = response.json() as Json & { id: string };
    expect(proposal).toMatchObject({
      published: false,
      hostMunicipalityId: "larissa",
      proposedByMe: true,
      proposedBy: null,
    });

    const q = "επισκεψη μελετης";
    expect((await list({ q }, coordinator)).total).toBe(0);
    const queue = await list({ q, published: "false" }, coordinator);
    expect(queue.items.map((a) => a.id)).toEqual([proposal.id]);
    expect(queue.items[0]?.proposedBy).toMatchObject({ name: "Test representative" });
    expect((await list({ q, published: "false" }, repLarissa)).total).toBe(1);
    expect((await list({ q, published: "false" }, repTrikala)).total).toBe(0);
    expect((await list({ q, published: "false" })).total).toBe(0);
    const other = await ctx.app.inject({
      method: "GET",
      url: `/api/activities/${proposal.id}`,
      headers: { cookie: repTrikala.cookie },
    });
    expect(other.statusCode).toBe(404);

    const publish = () =>
      ctx.app.inject({
        method: "POST",
        url: `/api/activities/${proposal.id}/publish`,
        headers: coordinator.headers,
      });
    const published = await publish();
    expect(published.statusCode).toBe(200);
    expect(published.json()).toMatchObject({ published: true });
    expect((await publish()).statusCode).toBe(409);
    expect((await list({ q })).total).toBe(1);
    const actions = (
      await ctx.db.auditEntry.findMany({ where: { entityId: proposal.id }, orderBy: { at: "asc" } })
    ).map((a) => a.action);
    expect(actions).toEqual(["activity.propose", "activity.publish"]);
  });

  it("a proposer may name only their own municipality as a participant", async () => {
    const response = await propose(
      repLarissa,
      workshop({ hostMunicipalityId: "athens", participantMunicipalityIds: ["trikala"] }),
    );
    expect(response.statusCode).toBe(422);
    expect(response.json()).toMatchObject({ code: "PARTICIPANT_NOT_OWN" });
    const own = await propose(
      repLarissa,
      workshop({ hostMunicipalityId: "athens", participantMunicipalityIds: ["larissa"] }),
    );
    expect(own.statusCode).toBe(201);
    expect(own.json()).toMatchObject({ participantMunicipalityIds: ["larissa"] });
  });

  it("validates a proposal with the same rules (400)", async () => {
    const response = await propose(repLarissa, workshop({ pillars: [] }));
    expect(response.statusCode).toBe(400);
  });
});

describe("participation of one's own municipality", () => {
  const mark = (agent: Agent, id: string, method: "POST" | "DELETE") =>
    ctx.app.inject({
      method,
      url: `/api/activities/${id}/participants/me`,
      headers: agent.headers,
    });

  it("marks and unmarks only the caller's municipality, idempotently, with audit", async () => {
    const activity = await createOk(
      workshop({ hostMunicipalityId: "athens", participantMunicipalityIds: ["trikala"] }),
    );
    const joined = await mark(repLarissa, activity.id, "POST");
    expect(joined.statusCode).toBe(200);
    expect(joined.json()).toMatchObject({ participantMunicipalityIds: ["larissa", "trikala"] });
    expect((await mark(repLarissa, activity.id, "POST")).json()).toMatchObject({
      participantMunicipalityIds: ["larissa", "trikala"],
    });
    // Larissa's representative leaving removes Larissa, never Trikala
    const left = await mark(repLarissa, activity.id, "DELETE");
    expect(left.json()).toMatchObject({ participantMunicipalityIds: ["trikala"] });
    expect((await mark(repLarissa, activity.id, "DELETE")).statusCode).toBe(200);
    const actions = await ctx.db.auditEntry.findMany({
      where: { entityId: activity.id, action: { startsWith: "activity.participation" } },
    });
    expect(actions.map((a) => a.action).sort()).toEqual([
      "activity.participation.add",
      "activity.participation.remove",
    ]);
  });

  it("refuses the host, a cancelled activity, a non-member and a hidden activity", async () => {
    const hosted = await createOk(workshop({ hostMunicipalityId: "larissa" }));
    expect((await mark(repLarissa, hosted.id, "POST")).json()).toMatchObject({
      code: "HOST_MUNICIPALITY",
    });
    const cancelled = await createOk(
      workshop({ status: "cancelled", hostMunicipalityId: "athens" }),
    );
    const r = await mark(repLarissa, cancelled.id, "POST");
    expect(r.statusCode).toBe(409);
    expect(r.json()).toMatchObject({ code: "ACTIVITY_CANCELLED" });
    const open = await createOk(workshop({ hostMunicipalityId: "athens" }));
    const serres = await mark(officerSerres, open.id, "POST");
    expect(serres.statusCode).toBe(422);
    expect(serres.json()).toMatchObject({ code: "NOT_A_MEMBER" });
    const members = await createOk(workshop({ visibility: "members", hostMunicipalityId: null }));
    expect((await mark(officerSerres, members.id, "POST")).statusCode).toBe(404);
    expect((await mark(repLarissa, "does-not-exist", "POST")).statusCode).toBe(404);
  });

  it("is not open to coordinators (they edit the participants instead)", async () => {
    const open = await createOk(workshop({ hostMunicipalityId: "athens" }));
    expect((await mark(coordinator, open.id, "POST")).statusCode).toBe(403);
  });
});

describe("matrix and pillar page", () => {
  let scoped: { q: string };
  beforeAll(async () => {
    const q = "Μητρώο";
    scoped = { q };
    await createOk(
      workshop({ titleEl: `${q} α`, pillars: ["employability", "inclusion"], type: "event" }),
    );
    await createOk(workshop({ titleEl: `${q} β`, pillars: ["employability"], type: "event" }));
    await createOk(
      workshop({
        titleEl: `${q} γ`,
        pillars: ["inclusion"],
        type: "study_visit",
        visibility: "members",
      }),
    );
  });

  it("counts per type × pillar for the same filters and visibility", async () => {
    const get = async (agent?: Agent) => {
      const response = await ctx.app.inject({
        method: "GET",
        url: "/api/activities/matrix",
        query: scoped,
        headers: agent ? { cookie: agent.cookie } : {},
      });
      expect(response.statusCode).toBe(200);
      return response.json() as {
        cells: { type: string; pillar: string; count: number }[];
        byType: { type: string; count: number }[];
        byPillar: { pillar: string; count: number }[];
        total: number;
      };
    };
    const cell = (m: Awaited<ReturnType<typeof get>>, type: string, pillar: string) =>
      m.cells.find((c) => c.type === type && c.pillar === pillar)?.count;
    const anon = await get();
    expect(anon.cells).toHaveLength(9 * 3); // the eight types of the MoU and `other`, by pillar
    expect(cell(anon, "event", "employability")).toBe(2);
    expect(cell(anon, "event", "inclusion")).toBe(1);
    expect(cell(anon, "study_visit", "inclusion")).toBe(0);
    expect(anon.byType.find((t) => t.type === "event")?.count).toBe(2);
    expect(anon.byPillar).toEqual([
      { pillar: "employability", count: 2 },
      { pillar: "municipal_structures", count: 0 },
      { pillar: "inclusion", count: 1 },
    ]);
    expect(anon.total).toBe(2);
    const member = await get(repLarissa);
    expect(cell(member, "study_visit", "inclusion")).toBe(1);
    expect(member.total).toBe(3);
  });

  it("describes a pillar with its activities by type and the municipalities taking part", async () => {
    const response = await ctx.app.inject({ method: "GET", url: "/api/pillars/employability" });
    expect(response.statusCode).toBe(200);
    const body = response.json() as {
      nameEl: string;
      descriptionEn: string;
      total: number;
      byType: { type: string; count: number }[];
      municipalities: { id: string; hosted: number; joined: number }[];
    };
    expect(body.nameEl).toBe("Απασχολησιμότητα");
    expect(body.descriptionEn).toContain("labour market");
    expect(body.byType).toHaveLength(9);
    expect(body.byType.reduce((sum, t) => sum + t.count, 0)).toBe(body.total);
    const larissa = body.municipalities.find((m) => m.id === "larissa");
    const trikala = body.municipalities.find((m) => m.id === "trikala");
    expect(larissa?.hosted).toBeGreaterThan(0);
    expect(trikala?.joined).toBeGreaterThan(0);
    expect(body.municipalities.find((m) => m.id === "chania")).toBeUndefined();
    expect((await ctx.app.inject({ method: "GET", url: "/api/pillars/sports" })).statusCode).toBe(
      404,
    );
  });
});

describe("feeds", () => {
  const tag = "Ροή";
  let allDay: Json & { id: string };
  let oneDay: Json & { id: string };
  beforeAll(async () => {
    allDay = await createOk(
      workshop({
        titleEl: `${tag}: Εργαστήριο, «απασχόληση»; ΚΕΜ`,
        summary: 'Γραμμή 1\nΓραμμή 2 με "εισαγωγικά", και κόμμα',
        startsOn: "2026-10-24",
        endsOn: "2026-10-26", // across the end of summer time in Athens
        location: "Λάρισα",
      }),
    );
    oneDay = await createOk(
      workshop({
        titleEl: `${tag} μονοήμερη`,
        startsOn: "2026-12-31",
        endsOn: null,
        status: "cancelled",
      }),
    );
    await createOk(workshop({ titleEl: `${tag} μόνο για μέλη`, visibility: "members" }));
  });

  it("serves an iCalendar feed that parses, with stable UIDs and all-day dates", async () => {
    const response = await ctx.app.inject({
      method: "GET",
      url: "/api/activities.ics",
      query: { q: tag, from: "2026-01-01" },
    });
    expect(response.statusCode).toBe(200);
    expect(response.headers["content-type"]).toBe("text/calendar; charset=utf-8");
    const calendar = new ICAL.Component(ICAL.parse(response.body));
    const events = calendar.getAllSubcomponents("vevent").map((v) => new ICAL.Event(v));
    // members-only is not in an anonymous feed
    expect(events.map((e) => e.uid).sort()).toEqual(
      [`activity-${allDay.id}@cni`, `activity-${oneDay.id}@cni`].sort(),
    );
    const first = events.find((e) => e.uid === `activity-${allDay.id}@cni`);
    expect(first?.summary).toBe(`${tag}: Εργαστήριο, «απασχόληση»; ΚΕΜ`);
    expect(first?.location).toBe("Λάρισα");
    expect(first?.description).toContain('Γραμμή 2 με "εισαγωγικά", και κόμμα');
    expect(first?.startDate.isDate).toBe(true);
    expect(first?.startDate.toString()).toBe("2026-10-24");
    expect(first?.endDate.isDate).toBe(true);
    expect(first?.endDate.toString()).toBe("2026-10-27"); // exclusive: the day after the last
    const second = events.find((e) => e.uid === `activity-${oneDay.id}@cni`);
    expect(second?.startDate.toString()).toBe("2026-12-31");
    expect(second?.endDate.toString()).toBe("2027-01-01");
    expect(second?.component.getFirstPropertyValue("status")).toBe("CANCELLED");

    // the same UIDs on every download, so calendar apps update instead of duplicating
    const again = await ctx.app.inject({
      method: "GET",
      url: "/api/activities.ics",
      query: { q: tag, from: "2026-01-01" },
    });
    const againUids = new ICAL.Component(ICAL.parse(again.body))
      .getAllSubcomponents("vevent")
      .map((v) => v.getFirstPropertyValue("uid"));
    expect(againUids.sort()).toEqual(events.map((e) => e.uid).sort());

    const member = await ctx.app.inject({
      method: "GET",
      url: "/api/activities.ics",
      query: { q: tag, from: "2026-01-01" },
      headers: { cookie: repLarissa.cookie },
    });
    expect(new ICAL.Component(ICAL.parse(member.body)).getAllSubcomponents("vevent")).toHaveLength(
      3,
    );
    expect(member.headers["cache-control"]).toContain("private");
  });

  it("files an activity of a kind the MoU does not list under `other`, in the feeds too", async () => {
    const marker = "Ξεχωριστή";
    const other = await createOk(
      workshop({ titleEl: `${marker} συνάντηση εργασίας`, type: "other", endsOn: null }),
    );
    expect(other.type).toBe("other");
    const found = await list({ q: marker, type: "other" });
    expect(found.items.map((a) => a.id)).toEqual([other.id]);
    expect((await list({ q: marker, type: "event" })).total).toBe(0);
    const csv = await ctx.app.inject({
      method: "GET",
      url: "/api/activities.csv",
      query: { q: marker },
    });
    expect(csv.body).toContain("Άλλες δράσεις");
  });

  it("serves an empty but valid calendar when nothing matches", async () => {
    const response = await ctx.app.inject({
      method: "GET",
      url: "/api/activities.ics",
      query: { q: "nothing matches this at all" },
    });
    expect(response.statusCode).toBe(200);
    const calendar = new ICAL.Component(ICAL.parse(response.body));
    expect(calendar.name).toBe("vcalendar");
    expect(calendar.getAllSubcomponents("vevent")).toHaveLength(0);
  });

  it("exports CSV with a BOM, RFC 4180 quoting and the Greek intact", async () => {
    const response = await ctx.app.inject({
      method: "GET",
      url: "/api/activities.csv",
      query: { q: tag, sort: "startsOn" },
    });
    expect(response.statusCode).toBe(200);
    expect(response.headers["content-type"]).toBe("text/csv; charset=utf-8");
    expect(response.headers["content-disposition"]).toContain("attachment");
    const raw = response.rawPayload;
    expect([...raw.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = raw.toString("utf8").slice(1);
    const [header] = text.split("\r\n");
    expect(header?.split(",").slice(0, 3)).toEqual(["id", "titleEl", "titleEn"]);
    expect(text).toContain(`"${tag}: Εργαστήριο, «απασχόληση»; ΚΕΜ"`);
    expect(text).toContain('"Γραμμή 1\nΓραμμή 2 με ""εισαγωγικά"", και κόμμα"');
    expect(text).toContain("Λαρισαίων");
    expect(text).not.toContain("μόνο για μέλη");
    // 1 header + 2 records (the first record spans two physical lines)
    expect(text.trimEnd().split("\r\n")).toHaveLength(3);
  });
});

describe("my pillars", () => {
  it("stores the pillars a representative follows, in canonical order", async () => {
    const user = await createUser(ctx.db, { role: "representative", municipalityId: "chania" });
    const agent = await signIn(ctx.app, user.email);
    const get = () =>
      ctx.app.inject({ method: "GET", url: "/api/me/pillars", headers: { cookie: agent.cookie } });
    expect((await get()).json()).toEqual({ pillars: [] });
    const put = (pillars: unknown) =>
      ctx.app.inject({
        method: "PUT",
        url: "/api/me/pillars",
        headers: agent.headers,
        payload: { pillars },
      });
    expect((await put(["inclusion", "employability"])).json()).toEqual({
      pillars: ["employability", "inclusion"],
    });
    expect((await get()).json()).toEqual({ pillars: ["employability", "inclusion"] });
    expect((await put(["sports"])).statusCode).toBe(400);
    expect((await put(["inclusion", "inclusion"])).statusCode).toBe(400);
    expect(
      await ctx.db.auditEntry.count({ where: { entityId: user.id, action: "user.pillars" } }),
    ).toBe(1);
  });
});

describe("OpenAPI", () => {
  it("documents every activities route", async () => {
    const response = await ctx.app.inject({ method: "GET", url: "/api/openapi.json" });
    expect(response.statusCode).toBe(200);
    const paths = Object.keys((response.json() as { paths: Record<string, unknown> }).paths);
    expect(paths).toEqual(
      expect.arrayContaining([
        "/api/activities",
        "/api/activities/{id}",
        "/api/activities/matrix",
        "/api/activities.ics",
        "/api/activities.csv",
        "/api/activities/proposals",
        "/api/activities/{id}/publish",
        "/api/activities/{id}/participants/me",
        "/api/pillars/{pillar}",
        "/api/me/pillars",
      ]),
    );
  });
});
