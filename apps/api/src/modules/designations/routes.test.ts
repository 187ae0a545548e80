import { athensToday } from "@cni/domain/dates";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Agent, createTestApp, signInAs, type TestContext } from "../../../test/helpers.ts";

let ctx: TestContext;
let coordinator: Agent;
let larissaOfficer: Agent;
let larissaRep: Agent;
let trikalaOfficer: Agent;

beforeAll(async () => {
  // no load shedding in tests: a busy CI machine must not turn requests into 503s
  ctx = await createTestApp();
  coordinator = (await signInAs(ctx, "coordinator")).agent;
  larissaOfficer = (await signInAs(ctx, "officer", "larissa")).agent;
  larissaRep = (await signInAs(ctx, "representative", "larissa")).agent;
  trikalaOfficer = (await signInAs(ctx, "officer", "trikala")).agent;
});
afterAll(async () => {
  await ctx.app.close();
});

const person = (name: string) => ({
  name,
  email: `${name.toLowerCase().replace(/\s+/g, ".")}@larissa.gr`,
  phone: "2410 123456",
  position: "Σύμβουλος",
});
const put = (agent: Agent, municipalityId: string, role: string, body: unknown) =>
  ctx.app.inject({
    method: "PUT",
    url: `/api/municipalities/${municipalityId}/designations/${role}`,
    headers: agent.headers,
    payload: body as Record<string, unknown>,
  });
const get = (agent: Agent | null, municipalityId: string) =>
  ctx.app.inject({
    method: "GET",
    url: `/api/municipalities/${municipalityId}/designations`,
    headers: agent ? { cookie: agent.cookie } : {},
  });

describe("designations", () => {
  it("are personal data: anonymous callers get 401, signed-in users the list", async () => {
    expect((await get(null, "larissa")).statusCode).toBe(401);
    const response = await get(trikalaOfficer, "larissa");
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ representative: null, alternate: null, history: [] });
    expect((await get(trikalaOfficer, "atlantis")).statusCode).toBe(404);
  });

  it("are replaced by the officer or a coordinator, closing the current one today", async () => {
    const today = athensToday();
    const first = await put(larissaOfficer, "larissa", "representative", person("Anna Papa"));
    expect(first.statusCode).toBe(200);
    expect(first.json().representative).toMatchObject({
      name: "Anna Papa",
      email: "anna.papa@larissa.gr",
      role: "representative",
      from: today,
      to: null,
    });
    const second = await put(coordinator, "larissa", "representative", person("Babis Kostas"));
    expect(second.statusCode).toBe(200);
    const body = second.json();
    expect(body.representative).toMatchObject({ name: "Babis Kostas", from: today, to: null });
    expect(body.history).toHaveLength(2);
    expect(body.history.find((d: { name: string }) => d.name === "Anna Papa")).toMatchObject({
      to: today,
    });
    expect(body.alternate).toBeNull();

    const alternate = await put(larissaOfficer, "larissa", "alternate", {
      name: "Gina Mitsou",
      email: "gina@larissa.gr",
    });
    expect(alternate.statusCode).toBe(200);
    expect(alternate.json().alternate).toMatchObject({
      name: "Gina Mitsou",
      phone: null,
      position: null,
    });
    expect(alternate.json().representative).toMatchObject({ name: "Babis Kostas" });
    expect(
      await ctx.db.auditEntry.count({
        where: { action: "designation.replace", entityId: "larissa" },
      }),
    ).toBe(3);
  });

  it("refuses other municipalities' officers and representatives (403), bad input (400), non-members (409)", async () => {
    expect((await put(trikalaOfficer, "larissa", "representative", person("X Y"))).statusCode).toBe(
      403,
    );
    expect((await put(larissaRep, "larissa", "representative", person("X Y"))).statusCode).toBe(
      403,
    );
    expect(
      (await put(larissaOfficer, "larissa", "representative", { name: "X", email: "nope" }))
        .statusCode,
    ).toBe(400);
    expect((await put(larissaOfficer, "larissa", "president", person("X Y"))).statusCode).toBe(400);
    const serres = await put(coordinator, "serres", "representative", person("S S"));
    expect(serres.statusCode).toBe(409);
    expect(serres.json().code).toBe("NOT_A_MEMBER");
  });

  it("never has two current designations of a role, even under concurrent replacements", async () => {
    const responses = await Promise.all(
      ["One", "Two", "Three", "Four", "Five"].map((n) =>
        put(coordinator, "trikala", "alternate", person(`Alt ${n}`)),
      ),
    );
    expect(responses.every((r) => r.statusCode === 200)).toBe(true);
    const current = await ctx.db.designation.findMany({
      where: { municipalityId: "trikala", role: "alternate", to: null },
    });
    expect(current).toHaveLength(1);
    expect(
      await ctx.db.designation.count({ where: { municipalityId: "trikala", role: "alternate" } }),
    ).toBe(5);
    // invariant over every municipality and role
    const all = await ctx.db.designation.findMany({ where: { to: null } });
    const keys = all.map((d) => `${d.municipalityId}/${d.role}`);
    expect(new Set(keys).size).toBe(keys.length);
  });
});
