import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Agent, createTestApp, signInAs, type TestContext } from "../../../test/helpers.ts";

let ctx: TestContext;
let coordinator: Agent;
let larissaOfficer: Agent;
let larissaRep: Agent;
let trikalaRep: Agent;
let serresAccessionId: string;

beforeAll(async () => {
  // no load shedding in tests: a busy CI machine must not turn requests into 503s
  ctx = await createTestApp();
  coordinator = (await signInAs(ctx, "coordinator")).agent;
  larissaOfficer = (await signInAs(ctx, "officer", "larissa")).agent;
  larissaRep = (await signInAs(ctx, "representative", "larissa")).agent;
  trikalaRep = (await signInAs(ctx, "representative", "trikala")).agent;
  const serres = await ctx.db.accession.findFirstOrThrow({ where: { municipalityId: "serres" } });
  serresAccessionId = serres.id;
  const accepted = await ctx.app.inject({
    method: "POST",
    url: `/api/accessions/${serres.id}/notify`,
    headers: coordinator.headers,
    payload: { notifiedOn: "2024-07-01" },
  });
  expect(accepted.statusCode).toBe(200);
  // without SMTP_URL the in-app inbox is the only channel: nothing is queued
  expect(await ctx.db.outboxEmail.count()).toBe(0);
});
afterAll(async () => {
  await ctx.app.close();
});

const list = (agent: Agent | null, query = "") =>
  ctx.app.inject({
    method: "GET",
    url: `/api/notices${query}`,
    headers: agent ? { cookie: agent.cookie } : {},
  });
const acknowledge = (agent: Agent, id: string) =>
  ctx.app.inject({ method: "POST", url: `/api/notices/${id}/acknowledge`, headers: agent.headers });

describe("GET /api/notices", () => {
  it("gives officers and representatives their own municipality's notices, with names", async () => {
    for (const agent of [larissaOfficer, larissaRep]) {
      const response = await list(agent);
      expect(response.statusCode).toBe(200);
      const body = response.json();
      expect(body).toMatchObject({ total: 1, unacknowledged: 1 });
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
    expect((await list(larissaOfficer, "?municipalityId=trikala")).statusCode).toBe(403);
    expect((await list(larissaRep, "?municipalityId=trikala")).statusCode).toBe(403);
  });

  it("lets coordinators see all notices or one municipality's; anonymous 401", async () => {
    const all = (await list(coordinator)).json();
    expect(all.total).toBe(18);
    expect(
      new Set(all.items.map((n: { recipientMunicipalityId: string }) => n.recipientMunicipalityId))
        .size,
    ).toBe(18);
    const trikala = (await list(coordinator, "?municipalityId=trikala")).json();
    expect(
      trikala.items.map((n: { recipientMunicipalityId: string }) => n.recipientMunicipalityId),
    ).toEqual(["trikala"]);
    expect((await list(null)).statusCode).toBe(401);
  });

  it("gives an officer of a non-member municipality an empty inbox", async () => {
    const { agent } = await signInAs(ctx, "officer", "serres");
    const body = (await list(agent)).json();
    expect(body).toEqual({ items: [], total: 0, unacknowledged: 0 });
  });
});

describe("POST /api/notices/:id/acknowledge", () => {
  it("records the acknowledgement once (idempotent repeat) with an audit entry", async () => {
    const notice = (await list(larissaRep)).json().items[0];
    const first = await acknowledge(larissaRep, notice.id);
    expect(first.statusCode).toBe(200);
    expect(first.json()).toMatchObject({
      acknowledgedAt: expect.any(String),
      acknowledgedBy: "Test representative",
    });
    const repeat = await acknowledge(larissaOfficer, notice.id);
    expect(repeat.statusCode).toBe(200);
    expect(repeat.json().acknowledgedAt).toBe(first.json().acknowledgedAt);
    expect(repeat.json().acknowledgedBy).toBe("Test representative");
    expect(
      await ctx.db.auditEntry.count({
        where: { action: "notice.acknowledge", entityId: notice.id },
      }),
    ).toBe(1);
    expect((await list(larissaRep)).json()).toMatchObject({ unacknowledged: 0 });
    expect((await list(larissaRep, "?acknowledged=false")).json().total).toBe(0);
    expect((await list(larissaRep, "?acknowledged=true")).json().total).toBe(1);
  });

  it("404s for a notice addressed to another municipality and 403s for coordinators", async () => {
    const notice = (await list(larissaOfficer)).json().items[0];
    expect((await acknowledge(trikalaRep, notice.id)).statusCode).toBe(404);
    expect((await acknowledge(coordinator, notice.id)).statusCode).toBe(403);
    expect((await acknowledge(trikalaRep, "no-such-notice")).statusCode).toBe(404);
  });
});
