import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { type SignedIn, signInAs } from "../../../test/fixtures/personas.ts";
import { useTestApp } from "../../../test/helpers.ts";

vi.useFakeTimers({ toFake: ["Date"], shouldAdvanceTime: true });
vi.setSystemTime(new Date("2026-11-25T10:00:00Z"));

const ctx = useTestApp();
beforeAll(async () => {
  // The seeded template is made once per run at the real time, after this file's 2026-11-25:
  // Serres' declaration (no submission date in the source) counts from when it was recorded.
  await ctx.db.accession.updateMany({
    where: { municipalityId: "serres" },
    data: { createdAt: new Date("2026-11-01T10:00:00Z") },
  });
});
afterAll(() => {
  vi.useRealTimers();
});

const get = (agent: SignedIn | null) =>
  ctx.app.inject({ method: "GET", url: "/api/dashboard", headers: agent?.headers ?? {} });

describe("GET /api/dashboard", () => {
  it("is for coordinators only", async () => {
    expect((await get(null)).statusCode).toBe(401);
    expect((await get(await signInAs(ctx, "larissa.representative"))).statusCode).toBe(403);
    expect((await get(await signInAs(ctx, "larissa.officer"))).statusCode).toBe(403);
  });

  it("sums up the seeded network on 2026-11-25", async () => {
    const response = await get(await signInAs(ctx, "coordinator"));
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body).toMatchObject({
      asOf: "2026-11-25",
      membersNow: 18,
      counts: { member: 18, withdrawing: 0, applicant: 1, former: 0 },
      withdrawalsPending: [],
      openAmendments: [],
      unacknowledgedNotices: [],
      currentReview: { dueOn: "2026-06-17", status: "overdue", expected: 18, submitted: 0 },
    });
    expect(body.applicants).toEqual([
      // the source gives no submission date for Serres' declaration: none is invented
      expect.objectContaining({ municipalityId: "serres", submittedOn: null }),
    ]);
    expect(body.applicants[0].accessionId).toEqual(expect.any(String));
  });

  it("shows pending withdrawals with their effective dates, open amendments and unread notices", async () => {
    await ctx.db.withdrawal.create({
      data: {
        municipalityId: "tilos",
        status: "pending",
        decisionDate: "2026-11-20",
        notifiedOn: "2026-11-20",
        lastDayAsParty: "2026-12-05",
        effectiveOn: "2026-12-06",
      },
    });
    const rep = await signInAs(ctx, "larissa.representative");
    const proposed = await ctx.app.inject({
      method: "POST",
      url: "/api/amendments",
      headers: rep.headers,
      payload: { title: "Τίτλος", clause: "art-3", proposedText: "Κείμενο", rationale: "Γιατί" },
    });
    expect(proposed.statusCode).toBe(201);
    await ctx.db.notice.updateMany({
      where: { recipientMunicipalityId: "athens" },
      data: { acknowledgedAt: new Date() },
    });

    const body = (await get(await signInAs(ctx, "coordinator"))).json();
    expect(body.membersNow).toBe(18);
    expect(body.counts).toMatchObject({ member: 17, withdrawing: 1 });
    expect(body.withdrawalsPending).toEqual([
      // notified 2026-11-20: a party through 2026-12-05, no longer one from 2026-12-06
      expect.objectContaining({ municipalityId: "tilos", effectiveOn: "2026-12-06" }),
    ]);
    expect(body.openAmendments).toEqual([
      expect.objectContaining({
        id: proposed.json().id,
        status: "proposed",
        municipalityId: "larissa",
      }),
    ]);
    // one unread notice for each party but Athens, which acknowledged its own
    expect(body.unacknowledgedNotices).toHaveLength(17);
    expect(
      body.unacknowledgedNotices.map((n: { municipalityId: string }) => n.municipalityId),
    ).not.toContain("athens");
    expect(body.unacknowledgedNotices[0]).toMatchObject({ count: 1 });
  });

  it("says what waits: declarations since when (oldest first), overdue reviews and their counts", async () => {
    // a second declaration, submitted 2026-11-10 (15 days before 2026-11-25)
    const serres = await ctx.db.accession.findFirstOrThrow({ where: { municipalityId: "serres" } });
    const { id: _id, createdAt: _c, updatedAt: _u, ...copy } = serres;
    const applicant = await ctx.db.municipality.create({
      data: {
        id: "test-applicant",
        nameEl: "Δοκιμής",
        nameEn: "Test",
        searchText: "δοκιμης test",
        region: "Αττική",
        regionEn: "Attica",
        regionalUnit: "Αθηνών",
        regionalUnitEn: "Athens",
      },
    });
    const other = await ctx.db.accession.create({
      data: { ...copy, municipalityId: applicant.id, submittedOn: "2026-11-10" },
    });
    const body = (await get(await signInAs(ctx, "coordinator"))).json();
    expect(body.waiting.declarations).toEqual([
      expect.objectContaining({
        municipalityId: applicant.id,
        accessionId: other.id,
        submittedOn: "2026-11-10",
        days: 15,
      }),
      // Serres' date is not known: last, with no number of days invented
      expect.objectContaining({ municipalityId: "serres", submittedOn: null, days: null }),
    ]);
    // the 2026-06-17 cycle: due 161 days ago, no evaluation of its 18 participants yet
    expect(body.waiting.overdueReviews).toEqual([
      { dueOn: "2026-06-17", expected: 18, submitted: 0, missing: 18, daysOverdue: 161 },
    ]);
  });
});
