import { beforeAll, describe, expect, it } from "vitest";
import { createMunicipality } from "../../../test/accession-fixtures.ts";
import { circulateSerresAccession } from "../../../test/fixtures/notices.ts";
import { type SignedIn, signInAs } from "../../../test/fixtures/personas.ts";
import { useTestApp } from "../../../test/helpers.ts";

const ctx = useTestApp();
let serresAccessionId: string;

beforeAll(async () => {
  serresAccessionId = await circulateSerresAccession(ctx);
  // without SMTP_URL the in-app inbox is the only channel: nothing is queued
  expect(await ctx.db.outboxEmail.count()).toBe(0);
});

const list = (agent: SignedIn | null, query = "") =>
  ctx.app.inject({
    method: "GET",
    url: `/api/notices${query}`,
    headers: agent ? { cookie: agent.cookie } : {},
  });

type Item = { id: string; recipientMunicipalityId: string; acknowledgedAt: string | null };

describe("GET /api/notices", () => {
  it("gives officers and representatives their own municipality's notices, with names", async () => {
    for (const persona of ["larissa.officer", "larissa.representative"] as const) {
      const agent = await signInAs(ctx, persona);
      const response = await list(agent);
      expect(response.statusCode).toBe(200);
      const body = response.json();
      expect(body).toMatchObject({ total: 1, unacknowledged: 1, page: 1, pageSize: 50 });
      expect(body.items[0]).toMatchObject({
        kind: "accession",
        event: "notified",
        subjectMunicipalityId: "serres",
        subjectNameEl: "Σερρών",
        subjectNameEn: "Serres",
        recipientMunicipalityId: "larissa",
        accessionId: serresAccessionId,
        acknowledgedAt: null,
      });
      expect((await list(agent, "?municipalityId=larissa")).statusCode).toBe(200);
    }
  });

  it("403s when an officer or representative asks for another municipality", async () => {
    for (const persona of ["larissa.officer", "larissa.representative"] as const) {
      const agent = await signInAs(ctx, persona);
      expect((await list(agent, "?municipalityId=trikala")).statusCode).toBe(403);
    }
  });

  it("lets coordinators see all notices or one municipality's; anonymous 401", async () => {
    const coordinator = await signInAs(ctx, "coordinator");
    const all = (await list(coordinator)).json();
    // the 18 parties' notices, and Serres' own: it is a party from that day (decision 090)
    expect(all.total).toBe(19);
    expect(new Set(all.items.map((n: Item) => n.recipientMunicipalityId)).size).toBe(19);
    const trikala = (await list(coordinator, "?municipalityId=trikala")).json();
    expect(trikala.items.map((n: Item) => n.recipientMunicipalityId)).toEqual(["trikala"]);
    expect((await list(null)).statusCode).toBe(401);
  });

  it("gives the acceding municipality's officer its own notice only, not the parties'", async () => {
    const body = (await list(await signInAs(ctx, "serres.officer"))).json();
    expect(body).toMatchObject({ total: 1, unacknowledged: 1 });
    expect(body.items[0]).toMatchObject({
      kind: "accession",
      event: "joined",
      recipientMunicipalityId: "serres",
      accessionId: serresAccessionId,
    });
  });

  it("gives an officer of a municipality with no notices an empty inbox", async () => {
    const { id } = await createMunicipality(ctx.db);
    const body = (await list(await signInAs(ctx, { role: "officer", municipalityId: id }))).json();
    expect(body).toEqual({ items: [], total: 0, unacknowledged: 0, page: 1, pageSize: 50 });
  });
});

describe("the inbox in pages", () => {
  let recipient = ""; // a municipality with no notice yet
  const sentAt = (minute: number) => new Date(Date.UTC(2025, 0, 1, 12, minute));

  beforeAll(async () => {
    recipient = (await createMunicipality(ctx.db)).id;
    // 70 notices, one a minute; every third one acknowledged
    await ctx.db.notice.createMany({
      data: Array.from({ length: 70 }, (_, i) => ({
        kind: "review",
        event: "reminder",
        recipientMunicipalityId: recipient,
        reviewDueOn: "2026-06-17",
        sentAt: sentAt(i),
        acknowledgedAt: i % 3 === 0 ? sentAt(i + 1) : null,
      })),
    });
  });

  it("serves 50 a page, the unacknowledged first, each group newest first", async () => {
    const coordinator = await signInAs(ctx, "coordinator");
    const query = `?municipalityId=${recipient}`;
    const first = (await list(coordinator, query)).json();
    const second = (await list(coordinator, `${query}&page=2`)).json();
    expect(first).toMatchObject({ total: 70, unacknowledged: 46, page: 1, pageSize: 50 });
    expect(first.items).toHaveLength(50);
    expect(second).toMatchObject({ total: 70, unacknowledged: 46, page: 2 });
    expect(second.items).toHaveLength(20);
    const items: (Item & { sentAt: string })[] = [...first.items, ...second.items];
    expect(new Set(items.map((n) => n.id)).size).toBe(70);
    const pending = items.slice(0, 46);
    const done = items.slice(46);
    expect(pending.every((n) => n.acknowledgedAt === null)).toBe(true);
    expect(done.every((n) => n.acknowledgedAt !== null)).toBe(true);
    for (const group of [pending, done]) {
      const times = group.map((n) => n.sentAt);
      expect(times).toEqual([...times].sort().reverse());
    }
    const small = (await list(coordinator, `${query}&pageSize=10&page=5`)).json();
    expect(small.items.map((n: Item) => n.id)).toEqual(items.slice(40, 50).map((n) => n.id));
    expect((await list(coordinator, `${query}&page=3`)).json().items).toEqual([]);
    const pendingOnly = (await list(coordinator, `${query}&acknowledged=false&page=1`)).json();
    expect(pendingOnly).toMatchObject({ total: 46, unacknowledged: 46 });
    const doneOnly = (await list(coordinator, `${query}&acknowledged=true`)).json();
    expect(doneOnly).toMatchObject({ total: 24, unacknowledged: 0 });
    expect(doneOnly.items.map((n: Item) => n.id)).toEqual(done.map((n) => n.id));
  });

  it("reads one municipality's inbox through its index, without sorting the table", async () => {
    for (const acknowledged of ["IS NULL", "IS NOT NULL"]) {
      const plan = await ctx.db.$queryRawUnsafe<{ detail: string }[]>(
        `EXPLAIN QUERY PLAN SELECT id FROM "Notice" WHERE "recipientMunicipalityId" = ? AND "acknowledgedAt" ${acknowledged} ORDER BY "sentAt" DESC LIMIT 50`,
        recipient,
      );
      const details = plan.map((p) => p.detail).join("\n");
      expect(details).toContain("Notice_recipientMunicipalityId_acknowledgedAt_sentAt_idx");
      if (acknowledged === "IS NULL") expect(details).not.toMatch(/TEMP B-TREE/);
    }
  });

  it("rejects a page size over 200 or a page below 1 (400)", async () => {
    const coordinator = await signInAs(ctx, "coordinator");
    expect((await list(coordinator, "?pageSize=201")).statusCode).toBe(400);
    expect((await list(coordinator, "?page=0")).statusCode).toBe(400);
  });
});
