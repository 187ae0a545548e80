import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  actOn,
  getAs,
  partiesToday,
  submittedAccession,
} from "../../../test/accession-fixtures.ts";
import { type SignedIn, signInAs } from "../../../test/fixtures/personas.ts";
import { createTestApp, type TestContext } from "../../../test/helpers.ts";

// GET /api/accessions and /api/accessions/:id (get-accession.ts, list-accessions.ts).

let ctx: TestContext;
let coordinator: SignedIn;
let larissaRep: SignedIn;
let trikalaOfficer: SignedIn;

beforeAll(async () => {
  ctx = await createTestApp();
  coordinator = await signInAs(ctx, "coordinator");
  larissaRep = await signInAs(ctx, "larissa.representative");
  trikalaOfficer = await signInAs(ctx, "trikala.officer");
});
afterAll(async () => {
  await ctx.app.close();
});

const get = (agent: SignedIn | null, url: string) => getAs(ctx.app, agent, url);

describe("reading declarations", () => {
  it("shows a declaration to its municipality and coordinators only", async () => {
    const { id, municipality, representative } = await submittedAccession(ctx);
    expect((await get(trikalaOfficer, `/api/accessions/${id}`)).statusCode).toBe(404);
    expect((await get(larissaRep, `/api/accessions/${id}`)).statusCode).toBe(404);
    expect((await get(null, `/api/accessions/${id}`)).statusCode).toBe(401);
    expect((await get(representative, `/api/accessions/${id}`)).statusCode).toBe(200);
    expect((await get(representative, "/api/accessions")).json().items).toHaveLength(1);
    const othersList = (await get(trikalaOfficer, "/api/accessions")).json();
    expect(othersList.items.map((a: { id: string }) => a.id)).not.toContain(id);
    expect(
      (await get(trikalaOfficer, `/api/accessions?municipalityId=${municipality.id}`)).statusCode,
    ).toBe(403);
  });

  it("lists the coordinators' queue by status", async () => {
    const { id } = await submittedAccession(ctx);
    const queue = (await get(coordinator, "/api/accessions?status=submitted")).json();
    expect(queue.items.map((a: { id: string }) => a.id)).toContain(id);
    expect(queue.items.every((a: { status: string }) => a.status === "submitted")).toBe(true);
    expect((await get(coordinator, "/api/accessions?status=accepted")).statusCode).toBe(400);
  });

  it("shows coordinators, once notified, which parties acknowledged (not the municipality's officer)", async () => {
    const { id, officer } = await submittedAccession(ctx);
    const parties = await partiesToday(ctx.app);
    await actOn(ctx.app, coordinator.headers, id, "notify", {});
    const notice = await ctx.db.notice.findFirstOrThrow({
      where: { accessionId: id, recipientMunicipalityId: "larissa" },
    });
    const ack = await ctx.app.inject({
      method: "POST",
      url: `/api/notices/${notice.id}/acknowledge`,
      headers: larissaRep.headers,
    });
    expect(ack.statusCode).toBe(200);
    const detail = (await get(coordinator, `/api/accessions/${id}`)).json();
    expect(detail.notices).toMatchObject({ total: parties, acknowledged: 1 });
    const larissa = detail.notices.items.find(
      (i: { recipientMunicipalityId: string }) => i.recipientMunicipalityId === "larissa",
    );
    expect(larissa).toMatchObject({
      recipientNameEl: "Λαρισαίων",
      acknowledgedAt: expect.any(String),
    });
    expect((await get(officer, `/api/accessions/${id}`)).json().notices).toBeNull();
  });
});

describe("OpenAPI", () => {
  it("documents notify and return, and no longer accept", async () => {
    const response = await ctx.app.inject({ method: "GET", url: "/api/openapi.json" });
    expect(response.statusCode).toBe(200);
    const paths = Object.keys(response.json().paths);
    expect(paths).toEqual(
      expect.arrayContaining([
        "/api/accessions",
        "/api/accessions/{id}",
        "/api/accessions/{id}/notify",
        "/api/accessions/{id}/return",
        "/api/accessions/{id}/documents",
      ]),
    );
    expect(paths).not.toContain("/api/accessions/{id}/accept");
  });
});
