import { athensToday } from "@cni/domain/dates";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type SignedIn, signInAs } from "../../../test/fixtures/personas.ts";
import { createTestApp, type TestContext } from "../../../test/helpers.ts";
import { holdsRepresentativePower } from "../../lib/powers.ts";

let ctx: TestContext;
let coordinator: SignedIn;
let larissaOfficer: SignedIn;
let trikalaOfficer: SignedIn;

beforeAll(async () => {
  ctx = await createTestApp();
  coordinator = await signInAs(ctx, "coordinator");
  larissaOfficer = await signInAs(ctx, "larissa.officer");
  trikalaOfficer = await signInAs(ctx, "trikala.officer");
});
afterAll(async () => {
  await ctx.app.close();
});

const act = { kind: "mayoral_decision", number: "112/2026", date: "2026-01-15" };
const person = (name: string) => ({
  name,
  email: `${name.toLowerCase().replace(/\s+/g, ".")}@larissa.gr`,
  phone: "2410 123456",
  position: "Σύμβουλος",
  act,
});
const put = (agent: SignedIn, municipalityId: string, role: string, body: unknown) =>
  ctx.app.inject({
    method: "PUT",
    url: `/api/municipalities/${municipalityId}/designations/${role}`,
    headers: agent.headers,
    payload: body as Record<string, unknown>,
  });
const get = (agent: SignedIn | null, municipalityId: string) =>
  ctx.app.inject({
    method: "GET",
    url: `/api/municipalities/${municipalityId}/designations`,
    headers: agent ? { cookie: agent.cookie } : {},
  });

describe("designations", () => {
  it("are for the parties' verified accounts: anonymous 401, an applicant 403", async () => {
    expect((await get(null, "larissa")).statusCode).toBe(401);
    const serres = await signInAs(ctx, "serres.officer");
    expect((await get(serres, "larissa")).statusCode).toBe(403);
    const response = await get(trikalaOfficer, "larissa");
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ representative: null, alternate: null, history: [] });
    expect((await get(trikalaOfficer, "atlantis")).statusCode).toBe(404);
  });

  it("are acts (mayoral or council decision, ΑΔΑ) that replace the current one today", async () => {
    const today = athensToday();
    const first = await put(larissaOfficer, "larissa", "representative", {
      ...person("Anna Papa"),
      act: { ...act, diavgeiaAda: "ψ4κρωλ7-βφη" },
    });
    expect(first.statusCode).toBe(200);
    expect(first.json().representative).toMatchObject({
      name: "Anna Papa",
      email: "anna.papa@larissa.gr",
      from: today,
      to: null,
      act: { kind: "mayoral_decision", number: "112/2026", diavgeiaAda: "Ψ4ΚΡΩΛ7-ΒΦΗ" },
      hasAccount: false,
    });
    const second = await put(coordinator, "larissa", "representative", {
      ...person("Babis Kostas"),
      act: { kind: "council_decision", number: "40/2026", date: today },
    });
    expect(second.statusCode).toBe(200);
    const body = second.json();
    expect(body.representative).toMatchObject({ name: "Babis Kostas", from: today, to: null });
    expect(body.history.find((d: { name: string }) => d.name === "Anna Papa")).toMatchObject({
      to: today,
    });
    const audit = await ctx.db.auditEntry.findFirstOrThrow({
      where: { action: "designation.replace", entityId: "larissa" },
      orderBy: { at: "desc" },
    });
    expect(audit.summary).toContain("council_decision 40/2026");
  });

  it("refuse the same person as representative and alternate (422 SAME_PERSON)", async () => {
    await put(coordinator, "larissa", "representative", person("Dora Lamp"));
    const same = await put(larissaOfficer, "larissa", "alternate", {
      ...person("Someone Else"),
      email: "dora.lamp@larissa.gr",
    });
    expect(same.statusCode).toBe(422);
    expect(same.json().code).toBe("SAME_PERSON");
    const sameName = await put(larissaOfficer, "larissa", "alternate", {
      ...person("Dora Lamp"),
      email: "dora.other@larissa.gr",
    });
    expect(sameName.json().code).toBe("SAME_PERSON");
    expect(
      await ctx.db.designation.count({ where: { municipalityId: "larissa", role: "alternate" } }),
    ).toBe(0);
  });

  it("refuse a bad act, other municipalities, representatives and non-parties", async () => {
    const badAda = await put(larissaOfficer, "larissa", "alternate", {
      ...person("Eva Fotou"),
      act: { ...act, diavgeiaAda: "not-an-ada" },
    });
    expect(badAda.statusCode).toBe(422);
    expect(badAda.json().code).toBe("ADA_INVALID");
    const future = await put(larissaOfficer, "larissa", "alternate", {
      ...person("Eva Fotou"),
      act: { ...act, date: "2999-01-01" },
    });
    expect(future.json().code).toBe("DECISION_IN_FUTURE");
    const noAct = await put(larissaOfficer, "larissa", "alternate", {
      name: "X Y",
      email: "x@y.gr",
    });
    expect(noAct.statusCode).toBe(400);
    expect((await put(trikalaOfficer, "larissa", "alternate", person("X Y"))).statusCode).toBe(403);
    const rep = await signInAs(ctx, "larissa.representative");
    expect((await put(rep, "larissa", "alternate", person("X Y"))).statusCode).toBe(403);
    const serres = await put(coordinator, "serres", "representative", person("S S"));
    expect(serres.statusCode).toBe(409);
    expect(serres.json().code).toBe("NOT_A_PARTY");
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
    const all = await ctx.db.designation.findMany({ where: { to: null } });
    const keys = all.map((d) => `${d.municipalityId}/${d.role}`);
    expect(new Set(keys).size).toBe(keys.length);
  });
});

describe("powers follow the designation", () => {
  it("replacing Larissa's representative takes the powers from the old account at once", async () => {
    const old = await signInAs(ctx, "larissa.representative"); // designated today (fixture)
    expect(await holdsRepresentativePower(ctx.db, { ...old.user, name: "x" }, "larissa")).toBe(
      true,
    );
    const session = await ctx.app.inject({
      method: "GET",
      url: "/api/auth/session",
      headers: old.headers,
    });
    expect(session.json().user.designatedAs).toBe("representative");
    const notice = await ctx.db.notice.create({
      data: {
        kind: "accession",
        event: "notified",
        subjectMunicipalityId: "serres",
        recipientMunicipalityId: "larissa",
      },
    });

    const replaced = await put(larissaOfficer, "larissa", "representative", person("Nikos New"));
    expect(replaced.statusCode).toBe(200);

    // the very next request of the old account's live session no longer holds the power
    expect(await holdsRepresentativePower(ctx.db, { ...old.user, name: "x" }, "larissa")).toBe(
      false,
    );
    const ack = await ctx.app.inject({
      method: "POST",
      url: `/api/notices/${notice.id}/acknowledge`,
      headers: old.headers,
    });
    expect(ack.statusCode).toBe(403);
    expect(ack.json().code).toBe("NOT_DESIGNATED");
    // …but it keeps read access
    expect((await get(old, "larissa")).statusCode).toBe(200);
    const after = await ctx.app.inject({
      method: "GET",
      url: "/api/auth/session",
      headers: old.headers,
    });
    expect(after.json().user.designatedAs).toBeNull();
    // the officer may acknowledge (API.md: "the recipient's officer or representative")
    const byOfficer = await ctx.app.inject({
      method: "POST",
      url: `/api/notices/${notice.id}/acknowledge`,
      headers: larissaOfficer.headers,
    });
    expect(byOfficer.statusCode).toBe(200);
  });

  it("a designation of a municipality that stopped being a party gives no power", async () => {
    const rep = await signInAs(ctx, "chania.representative");
    const user = { ...rep.user, name: "x" };
    expect(await holdsRepresentativePower(ctx.db, user, "chania")).toBe(true);
    await ctx.db.withdrawal.create({
      data: {
        municipalityId: "chania",
        status: "effective",
        decisionNumber: "3/2025",
        decisionDate: "2025-01-08",
        notifiedOn: "2025-01-10",
        lastDayAsParty: "2025-01-25",
        effectiveOn: "2025-01-26",
      },
    });
    expect(await holdsRepresentativePower(ctx.db, user, "chania")).toBe(false);
  });
});

describe("POST /api/designations/invitations", () => {
  it("invites, in one action, every designated person of a party without an account", async () => {
    await put(coordinator, "karditsa", "representative", {
      ...person("Kara Rep"),
      email: "kara.rep@karditsa.gr",
    });
    await put(coordinator, "karditsa", "alternate", {
      ...person("Kara Alt"),
      email: "kara.alt@karditsa.gr",
    });
    const response = await ctx.app.inject({
      method: "POST",
      url: "/api/designations/invitations",
      headers: coordinator.headers,
      payload: {},
    });
    expect(response.statusCode).toBe(200);
    const emails = response.json().invited.map((i: { email: string }) => i.email);
    expect(emails).toEqual(
      expect.arrayContaining(["kara.rep@karditsa.gr", "kara.alt@karditsa.gr"]),
    );
    const account = await ctx.db.user.findUniqueOrThrow({
      where: { email: "kara.rep@karditsa.gr" },
    });
    expect(account).toMatchObject({
      role: "representative",
      municipalityId: "karditsa",
      verification: "verified",
    });
    // a second run invites nobody again
    const again = await ctx.app.inject({
      method: "POST",
      url: "/api/designations/invitations",
      headers: coordinator.headers,
      payload: {},
    });
    expect(again.json().invited).toEqual([]);
    const listed = await get(coordinator, "karditsa");
    expect(listed.json().representative.hasAccount).toBe(true);
  });
});

describe("designations end with the party", () => {
  it("show the designation of a municipality whose withdrawal took effect as ended then", async () => {
    await put(coordinator, "katerini", "representative", {
      ...person("Kat Rep"),
      email: "kat@katerini.gr",
    });
    await ctx.db.withdrawal.create({
      data: {
        municipalityId: "katerini",
        status: "effective",
        decisionNumber: "9/2026",
        decisionDate: "2026-01-02",
        notifiedOn: "2026-01-05",
        lastDayAsParty: "2026-01-20",
        effectiveOn: "2026-01-21",
      },
    });
    const listed = (await get(coordinator, "katerini")).json();
    // designated today, after the withdrawal took effect: a later designation is not ended
    expect(listed.representative?.name ?? null).toBe("Kat Rep");
    await ctx.db.designation.updateMany({
      where: { municipalityId: "katerini" },
      data: { from: "2025-05-01" },
    });
    const ended = (await get(coordinator, "katerini")).json();
    expect(ended.representative).toBeNull();
    expect(ended.history[0]).toMatchObject({ name: "Kat Rep", to: "2026-01-21" });
  });
});
