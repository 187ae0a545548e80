import { addCalendarDays, athensToday } from "@cni/domain/dates";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  actOn,
  declarationWithoutPersons,
  getAs,
  partiesToday,
  postAccession,
  submittedAccession,
  validDeclaration,
} from "../../../test/accession-fixtures.ts";
import { failingBeforeCommit, INJECTED_FAILURE } from "../../../test/failing-transaction.ts";
import { type SignedIn, signInAs } from "../../../test/fixtures/personas.ts";
import { createTestApp, type TestContext } from "../../../test/helpers.ts";
import { notifyAccession } from "./notify-accession.ts";

let ctx: TestContext;
let coordinator: SignedIn;

beforeAll(async () => {
  ctx = await createTestApp();
  coordinator = await signInAs(ctx, "coordinator");
});
afterAll(async () => {
  await ctx.app.close();
});

const today = () => athensToday();
const notify = (id: string, body: unknown = {}, agent: SignedIn = coordinator) =>
  actOn(ctx.app, agent.headers, id, "notify", body);

describe("POST /api/accessions/:id/notify", () => {
  it("circulates to every party: a party from that day, one notice each, the count in the answer", async () => {
    const { id, municipality, officer } = await submittedAccession(ctx);
    const parties = await partiesToday(ctx.app);
    expect(parties).toBeGreaterThanOrEqual(18);

    const response = await notify(id);
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body).toMatchObject({
      status: "notified",
      notifiedOn: today(),
      closedOn: today(),
      noticesSent: parties,
      // the answer carries the count, not the notices
      notices: null,
    });
    expect(body.notifiedAt).toEqual(expect.any(String));

    // a party from notifiedOn, in the directory
    const member = (await getAs(ctx.app, null, `/api/municipalities/${municipality.id}`)).json();
    expect(member).toMatchObject({ status: "member", memberSince: today() });
    expect(
      await ctx.db.membershipPeriod.findMany({ where: { municipalityId: municipality.id } }),
    ).toEqual([
      expect.objectContaining({ basis: "accession", startsOn: today(), accessionId: id }),
    ]);
    // one notice to each of the other parties, none to itself
    const notices = await ctx.db.notice.findMany({ where: { accessionId: id, event: "notified" } });
    expect(notices).toHaveLength(parties);
    expect(new Set(notices.map((n) => n.recipientMunicipalityId)).size).toBe(parties);
    expect(notices.map((n) => n.recipientMunicipalityId)).toEqual(
      expect.arrayContaining(["athens", "thessaloniki", "larissa", "trikala", "chania"]),
    );
    expect(notices.map((n) => n.recipientMunicipalityId)).not.toContain(municipality.id);
    expect(notices.every((n) => n.kind === "accession" && n.event === "notified")).toBe(true);
    // and the new member's own notice: a party from that day (decision 090)
    expect(
      await ctx.db.notice.count({
        where: { accessionId: id, event: "joined", recipientMunicipalityId: municipality.id },
      }),
    ).toBe(1);
    // the declared persons became its designations
    const designations = (
      await getAs(ctx.app, officer, `/api/municipalities/${municipality.id}/designations`)
    ).json();
    expect(designations.representative).toMatchObject({ name: "Ελένη Νικολάου", from: today() });
    expect(designations.alternate).toMatchObject({ name: "Νίκος Γεωργίου", from: today() });
    // the audit says what happened, in the same words
    const audit = await ctx.db.auditEntry.findFirstOrThrow({
      where: { entityId: id, action: "accession.notify" },
    });
    expect(audit.summary).toContain(`to ${parties} parties`);
    expect(
      await ctx.db.auditEntry.count({
        where: { entityId: municipality.id, action: "membership.start" },
      }),
    ).toBe(1);

    // twice, withdrawing, resubmitting or declaring again: 409
    const twice = await notify(id);
    expect(twice.statusCode).toBe(409);
    expect(twice.json().code).toBe("INVALID_TRANSITION");
    expect((await actOn(ctx.app, officer.headers, id, "submit")).statusCode).toBe(409);
    expect(
      (
        await postAccession(ctx.app, officer.headers, {
          municipalityId: municipality.id,
          ...validDeclaration(),
        })
      ).statusCode,
    ).toBe(409);
  });

  it("stores its raw rows as Prisma does: the status update, the period, the answer from them", async () => {
    const { id, municipality } = await submittedAccession(ctx);
    const submitted = await ctx.db.accession.findUniqueOrThrow({ where: { id } });
    const body = (await notify(id)).json();
    const stored = await ctx.db.accession.findUniqueOrThrow({ where: { id } });
    // the raw UPDATE changed exactly the act's columns, all read back as Prisma's types
    expect(stored).toEqual({
      ...submitted,
      status: "notified",
      notifiedOn: today(),
      closedOn: today(),
      notifiedAt: expect.any(Date),
      updatedAt: stored.notifiedAt,
    });
    // the answer (built without a re-read) is what a read gives now
    expect(body.notifiedAt).toBe(stored.notifiedAt?.toISOString());
    expect(body.updatedAt).toBe(stored.updatedAt.toISOString());
    // the membership period equals one Prisma writes with the same columns
    const period = await ctx.db.membershipPeriod.findUniqueOrThrow({ where: { accessionId: id } });
    const other = await ctx.db.municipality.findFirstOrThrow({
      where: { id: { not: municipality.id }, memberships: { none: {} } },
    });
    const reference = await ctx.db.membershipPeriod.create({
      data: {
        municipalityId: other.id,
        basis: "accession",
        startsOn: "2999-01-01",
        createdAt: period.createdAt,
      },
    });
    expect(period).toEqual({
      ...reference,
      id: expect.stringMatching(/^c[0-9a-z]{24}$/),
      municipalityId: municipality.id,
      startsOn: today(),
      accessionId: id,
    });
    expect(period.createdAt).toEqual(stored.notifiedAt);
    const texts = await ctx.db.$queryRawUnsafe<{ value: string }[]>(
      `SELECT typeof("createdAt") || ' ' || length("createdAt") AS "value" FROM "MembershipPeriod"
       WHERE "id" IN (?, ?)
       UNION ALL SELECT typeof("notifiedAt") || ' ' || length("notifiedAt") FROM "Accession" WHERE "id" = ?
       UNION ALL SELECT typeof("updatedAt") || ' ' || length("updatedAt") FROM "Accession" WHERE "id" = ?`,
      period.id,
      reference.id,
      id,
      id,
    );
    // '2026-11-30T07:07:37.434+00:00': text of 29 characters, as Prisma stores every DateTime
    expect(texts.map((t) => t.value)).toEqual(Array(4).fill("text 29"));
    await ctx.db.membershipPeriod.delete({ where: { id: reference.id } });
  });

  it("without representative and alternate: a party all the same, none designated (to be designated)", async () => {
    const { id, municipality } = await submittedAccession(ctx, declarationWithoutPersons());
    const response = await notify(id);
    expect(response.statusCode).toBe(200);
    // none made from the declaration (a representative account's own designation aside)
    expect(await ctx.db.designation.count({ where: { accessionId: id } })).toBe(0);
    expect(
      (await getAs(ctx.app, null, `/api/municipalities/${municipality.id}`)).json().status,
    ).toBe("member");
    const audit = await ctx.db.auditEntry.findFirstOrThrow({
      where: { entityId: id, action: "accession.notify" },
    });
    expect(audit.summary).toContain("to be designated");
  });

  it("with a past notifiedOn: a party from that date, notices to the parties as of then", async () => {
    const { id, municipality } = await submittedAccession(ctx);
    const response = await notify(id, { notifiedOn: "2025-06-01" });
    expect(response.statusCode).toBe(200);
    // the 18 parties of June 2025 (those notified in these tests with today's date are not)
    expect(response.json().noticesSent).toBe(18);
    expect(await ctx.db.notice.count({ where: { accessionId: id, event: "notified" } })).toBe(18);
    const asOf = (day: string) =>
      getAs(ctx.app, null, `/api/municipalities/${municipality.id}?asOf=${day}`).then((r) =>
        r.json(),
      );
    expect((await asOf("2025-05-31")).status).toBe("none");
    expect(await asOf("2025-06-01")).toMatchObject({ status: "member", memberSince: "2025-06-01" });
  });

  it("refuses a date in the future or before the council decision (422), and a bad date (400)", async () => {
    const { id, officer } = await submittedAccession(ctx);
    const future = await notify(id, { notifiedOn: addCalendarDays(today(), 1) });
    expect(future.statusCode).toBe(422);
    expect(future.json().code).toBe("NOTIFIED_IN_FUTURE");
    // the decision is of 2025-03-12
    const early = await notify(id, { notifiedOn: "2025-03-11" });
    expect(early.statusCode).toBe(422);
    expect(early.json().code).toBe("NOTIFIED_BEFORE_DECISION");
    expect((await notify(id, { notifiedOn: "2025-03-12" })).statusCode).toBe(200);
    expect((await notify(id, { notifiedOn: "2025-13-01" })).statusCode).toBe(400);
    expect((await notify(id, {}, officer)).statusCode).toBe(403);
  });

  it("refuses a draft or a returned declaration (409): only a submitted one is circulated", async () => {
    const { id, officer } = await submittedAccession(ctx);
    await actOn(ctx.app, coordinator.headers, id, "return", {
      defects: ["other_formal_defect"],
      note: "x",
    });
    expect((await notify(id)).statusCode).toBe(409);
    await actOn(ctx.app, officer.headers, id, "submit");
    expect((await notify(id)).statusCode).toBe(200);
  });

  it("lets only one of two concurrent notifications succeed", async () => {
    const { id } = await submittedAccession(ctx);
    const parties = await partiesToday(ctx.app);
    const responses = await Promise.all([notify(id), notify(id)]);
    expect(responses.map((r) => r.statusCode).sort()).toEqual([200, 409]);
    expect(await ctx.db.notice.count({ where: { accessionId: id, event: "notified" } })).toBe(
      parties,
    );
    expect(await ctx.db.membershipPeriod.count({ where: { accessionId: id } })).toBe(1);
  });
});

describe("Serres' seeded declaration", () => {
  it("is in the queue as the source has it and can be circulated: Serres a party, 18 notices, no one invented", async () => {
    const serres = await ctx.db.accession.findFirstOrThrow({ where: { municipalityId: "serres" } });
    const detail = (await getAs(ctx.app, coordinator, `/api/accessions/${serres.id}`)).json();
    expect(detail).toMatchObject({
      status: "submitted",
      submittedOn: null,
      submittedAt: null,
      councilDecision: {
        number: "210/2024",
        session: "26",
        date: "2024-06-26",
        agendaItem: "5",
        membersTotal: 35,
        membersPresentAtOpening: 25,
        membersPresent: 22,
        vote: "unanimous",
        votesFor: 22,
      },
      signatory: { name: "Βαρβάρα Μητλιάγκα", title: "Δήμαρχος Σερρών" },
      representative: null,
      alternate: null,
    });
    expect(detail.remarks).toContain("35");
    expect(detail.checks).toMatchObject({
      quorumNeeded: 18,
      quorumMet: true,
      votesValid: true,
      problems: [],
    });

    const response = await notify(serres.id, { notifiedOn: "2024-07-01" });
    expect(response.statusCode).toBe(200);
    expect(response.json().noticesSent).toBe(18);
    expect((await getAs(ctx.app, null, "/api/municipalities/serres")).json()).toMatchObject({
      status: "member",
      memberSince: "2024-07-01",
    });
    expect(await ctx.db.designation.count({ where: { municipalityId: "serres" } })).toBe(0);
  });
});

describe("notification is all or nothing", () => {
  async function snapshot(id: string, municipalityId: string) {
    return {
      status: (await ctx.db.accession.findUniqueOrThrow({ where: { id } })).status,
      periods: await ctx.db.membershipPeriod.count({ where: { municipalityId } }),
      notices: await ctx.db.notice.count({ where: { accessionId: id, event: "notified" } }),
      designations: await ctx.db.designation.count({ where: { accessionId: id } }),
      audit: await ctx.db.auditEntry.count({
        where: {
          action: { in: ["accession.notify", "membership.start"] },
          OR: [{ entityId: id }, { entityId: municipalityId }],
        },
      }),
    };
  }

  it("leaves nothing half-written when the transaction fails after every write", async () => {
    const { id, municipality } = await submittedAccession(ctx);
    const actor = {
      ...coordinator.user,
      name: "Coordinator",
      verification: "verified" as const,
    };
    const before = await snapshot(id, municipality.id);
    const parties = await partiesToday(ctx.app);
    let seenInside = { notices: 0, periods: 0, designations: 0, audit: 0 };
    await expect(
      notifyAccession(
        failingBeforeCommit(ctx.db, async (tx) => {
          // everything was written inside the transaction…
          seenInside = {
            notices: await tx.notice.count({ where: { accessionId: id, event: "notified" } }),
            periods: await tx.membershipPeriod.count({ where: { accessionId: id } }),
            designations: await tx.designation.count({ where: { accessionId: id } }),
            audit: await tx.auditEntry.count({
              where: { entityId: id, action: "accession.notify" },
            }),
          };
        }),
        { actor, id },
      ),
    ).rejects.toThrow(INJECTED_FAILURE);
    expect(seenInside).toEqual({ notices: parties, periods: 1, designations: 2, audit: 1 });
    // …and none of it survived
    expect(await snapshot(id, municipality.id)).toEqual(before);
    expect(before).toMatchObject({
      status: "submitted",
      periods: 0,
      notices: 0,
      designations: 0,
      audit: 0,
    });
    expect(
      (await getAs(ctx.app, null, `/api/municipalities/${municipality.id}`)).json().status,
    ).toBe("applicant");
    // and it can still be circulated afterwards
    expect((await notify(id)).statusCode).toBe(200);
  });

  it("rolls back the status change when a unique constraint clashes in the middle", async () => {
    const { id, municipality } = await submittedAccession(ctx);
    // A stray period already linked to this accession (in the far future, so the
    // municipality is not a party): creating the notification's period clashes on accessionId.
    const stray = await ctx.db.membershipPeriod.create({
      data: {
        municipalityId: municipality.id,
        basis: "accession",
        startsOn: "2999-01-01",
        accessionId: id,
      },
    });
    const before = await snapshot(id, municipality.id);
    const response = await notify(id);
    expect(response.statusCode).toBe(500);
    expect(response.json().detail).not.toContain("Unique");
    expect(await snapshot(id, municipality.id)).toEqual(before);
    await ctx.db.membershipPeriod.delete({ where: { id: stray.id } });
    expect((await notify(id)).statusCode).toBe(200);
  });
});
