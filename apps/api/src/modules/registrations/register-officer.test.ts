// The takeover the security review found: anyone could register as the officer of an
// existing non-member municipality (the seeded applicant Serres) and act for it. Now the
// registrant is pending: it sees and changes nothing of Serres' until a coordinator
// verifies it, and verifying is a coordinator's act recorded in the audit log.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signInAs } from "../../../test/fixtures/personas.ts";
import { createTestApp, signIn, type TestContext } from "../../../test/helpers.ts";

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestApp();
});
afterAll(async () => {
  await ctx.app.close();
});

const PASSWORD = "tangerine lighthouse 47 violins";
const SERRES = "1201";

const register = (code: string, email: string, password = PASSWORD) =>
  ctx.app.inject({
    method: "POST",
    url: "/api/registrations",
    payload: {
      municipality: { code },
      officer: { name: "Ξένος Άγνωστος", email, position: "Υπάλληλος" },
      password,
    },
  });

describe("registering as Serres' officer", () => {
  it("gives a pending account that sees and changes nothing of Serres' until a coordinator verifies it", async () => {
    const serresAccession = await ctx.db.accession.findFirstOrThrow({
      where: { municipalityId: "serres" },
    });
    const document = await ctx.db.document.create({
      data: {
        accessionId: serresAccession.id,
        kind: "decision",
        filename: "210-2024.pdf",
        size: 10,
        sha256: "0".repeat(64),
        storageKey: "0".repeat(24),
      },
    });

    const registered = await register(SERRES, "stranger@takeover.test");
    expect(registered.statusCode).toBe(202);
    expect(registered.cookies).toEqual([]); // nobody is signed in by registering
    const user = await ctx.db.user.findUniqueOrThrow({
      where: { email: "stranger@takeover.test" },
    });
    expect(user).toMatchObject({
      role: "officer",
      municipalityId: "serres",
      verification: "pending",
    });

    const stranger = await signIn(ctx.app, "stranger@takeover.test", PASSWORD);
    const as = (method: "GET" | "POST" | "PATCH", url: string, payload?: object) =>
      ctx.app.inject({ method, url, headers: stranger.headers, payload });

    const session = (await as("GET", "/api/auth/session")).json();
    expect(session.user).toMatchObject({ verification: "pending", designatedAs: null });

    // nothing earlier of Serres is shown: its submitted declaration, its document, its designations
    expect((await as("GET", "/api/accessions")).json()).toEqual({ items: [], total: 0 });
    expect((await as("GET", `/api/accessions/${serresAccession.id}`)).statusCode).toBe(404);
    expect((await as("GET", `/api/documents/${document.id}`)).statusCode).toBe(404);
    expect((await as("GET", "/api/municipalities/serres/designations")).statusCode).toBe(403);
    // and nothing of it can be changed
    expect(
      (await as("PATCH", `/api/accessions/${serresAccession.id}`, { remarks: "mine now" }))
        .statusCode,
    ).toBe(404);
    expect((await as("POST", `/api/accessions/${serresAccession.id}/withdraw`)).statusCode).toBe(
      403,
    );
    expect(
      (
        await as("POST", "/api/withdrawals", {
          municipalityId: "serres",
          councilDecision: { number: "1/2026", date: "2026-01-05" },
        })
      ).statusCode,
    ).toBe(403);
    const unchanged = await ctx.db.accession.findUniqueOrThrow({
      where: { id: serresAccession.id },
    });
    expect(unchanged).toMatchObject({
      status: serresAccession.status,
      remarks: serresAccession.remarks,
    });

    // a coordinator verifies (e.g. after calling the town hall): an audited act
    const coordinator = await signInAs(ctx, "coordinator");
    const pendingList = await ctx.app.inject({
      method: "GET",
      url: "/api/users?verification=pending",
      headers: coordinator.headers,
    });
    expect(pendingList.json().items.map((u: { email: string }) => u.email)).toContain(
      "stranger@takeover.test",
    );
    const verified = await ctx.app.inject({
      method: "POST",
      url: `/api/users/${user.id}/verify`,
      headers: coordinator.headers,
    });
    expect(verified.statusCode).toBe(200);
    expect(verified.json().user).toMatchObject({
      verification: "verified",
      official: { code: SERRES },
    });
    const audit = await ctx.db.auditEntry.findFirstOrThrow({
      where: { action: "user.verify", entityId: user.id },
    });
    expect(audit.actorId).toBe(coordinator.user.id);

    // the same session now sees the municipality's declaration, at once
    expect((await as("GET", `/api/accessions/${serresAccession.id}`)).statusCode).toBe(200);
    expect((await as("GET", "/api/auth/session")).json().user.verification).toBe("verified");
  });

  it("lets only a coordinator verify", async () => {
    await register("1202", "second@takeover.test");
    const user = await ctx.db.user.findUniqueOrThrow({ where: { email: "second@takeover.test" } });
    const self = await signIn(ctx.app, "second@takeover.test", PASSWORD);
    const officer = await signInAs(ctx, "larissa.officer");
    for (const agent of [self, officer]) {
      const response = await ctx.app.inject({
        method: "POST",
        url: `/api/users/${user.id}/verify`,
        headers: agent.headers,
      });
      expect(response.statusCode).toBe(403);
    }
    expect((await ctx.db.user.findUniqueOrThrow({ where: { id: user.id } })).verification).toBe(
      "pending",
    );
  });
});

describe("POST /api/registrations", () => {
  it("answers a taken e-mail like a new one, and changes nothing", async () => {
    const taken = await signInAs(ctx, "larissa.officer");
    const before = await ctx.db.user.findUniqueOrThrow({ where: { id: taken.user.id } });
    const fresh = await register("1203", "fresh@registrations.test");
    const again = await register("1204", taken.user.email);
    expect(again.statusCode).toBe(fresh.statusCode);
    expect(Object.keys(again.json())).toEqual(Object.keys(fresh.json()));
    expect(again.cookies).toEqual([]);
    const after = await ctx.db.user.findUniqueOrThrow({ where: { id: taken.user.id } });
    expect(after).toEqual(before);
    expect(await ctx.db.user.count({ where: { municipality: { officialCode: "1204" } } })).toBe(0);
  });

  it("creates the directory record from the official list, once", async () => {
    const response = await register("2402", "almyros@registrations.test");
    expect(response.json()).toEqual({
      municipality: { code: "2402", nameEl: "Αλμυρού", nameEn: "Almyros" },
    });
    const record = await ctx.db.municipality.findUniqueOrThrow({ where: { officialCode: "2402" } });
    expect(record).toMatchObject({ id: "almyros", region: "Θεσσαλία", regionalUnit: "Μαγνησία" });
    // on the map at its seat (GeoNames: Almyrós)
    expect(record.lat).toBeCloseTo(39.18, 1);
    expect(record.lon).toBeCloseTo(22.76, 1);
    const audit = await ctx.db.auditEntry.findFirst({
      where: { action: "registration.create", entityType: "user" },
      orderBy: { at: "desc" },
    });
    expect(audit?.summary).toContain("pending verification");
  });

  it("refuses codes not in the official list (no free-text municipalities)", async () => {
    const unknown = await register("9999", "phish@registrations.test");
    expect(unknown.statusCode).toBe(422);
    expect(unknown.json().code).toBe("UNKNOWN_MUNICIPALITY");
    const freeText = await ctx.app.inject({
      method: "POST",
      url: "/api/registrations",
      payload: {
        municipality: { nameEl: "Athens City", region: "Αττική", regionalUnit: "Αθήνα" },
        officer: { name: "Phisher", email: "phisher@registrations.test", position: "CEO" },
        password: PASSWORD,
      },
    });
    expect(freeText.statusCode).toBe(400);
    expect(await ctx.db.municipality.count({ where: { nameEl: "Athens City" } })).toBe(0);
  });

  it("refuses a party's municipality: its officers are invited", async () => {
    const response = await register("2201", "larissa@registrations.test");
    expect(response.statusCode).toBe(409);
    expect(response.json().code).toBe("MUNICIPALITY_IS_MEMBER");
  });
});
