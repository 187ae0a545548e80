import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { designate, designatedRepresentative, proposal } from "../../../test/amendment-fixtures.ts";
import { signInAs } from "../../../test/fixtures/personas.ts";
import { createTestApp, createUser, signIn, type TestContext } from "../../../test/helpers.ts";

vi.useFakeTimers({ toFake: ["Date"], shouldAdvanceTime: true });
vi.setSystemTime(new Date("2026-11-25T10:00:00Z"));

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestApp();
});
afterAll(async () => {
  await ctx.app.close();
  vi.useRealTimers();
});

const post = (headers: Record<string, string>, payload: object = proposal) =>
  ctx.app.inject({ method: "POST", url: "/api/amendments", headers, payload });

describe("POST /api/amendments", () => {
  it("lets the designated representative propose: proposed, every party notified, audited", async () => {
    const rep = await designatedRepresentative(ctx, "larissa");
    const response = await post(rep.headers);
    expect(response.statusCode, response.body).toBe(201);
    const created = response.json();
    expect(created).toMatchObject({
      status: "proposed",
      clause: "art-5",
      municipalityId: "larissa",
      circulatedOn: null,
      parties: [],
      history: [{ event: "proposed" }],
    });
    const notices = await ctx.db.notice.findMany({ where: { amendmentId: created.id } });
    expect(notices).toHaveLength(18);
    expect(notices.map((n) => n.recipientMunicipalityId)).not.toContain("serres");
    const audit = await ctx.db.auditEntry.findMany({ where: { entityId: created.id } });
    expect(audit.map((a) => a.action)).toEqual(["amendment.propose"]);
  });

  it("lets the designated alternate propose too", async () => {
    const alternate = await designatedRepresentative(ctx, "trikala", "alternate");
    expect((await post(alternate.headers)).statusCode).toBe(201);
  });

  it("refuses an account with the role but no designation (403 NOT_DESIGNATED)", async () => {
    // created directly: the test personas are designated, this account is not
    const user = await createUser(ctx.db, { role: "representative", municipalityId: "katerini" });
    const undesignated = await signIn(ctx.app, user.email);
    const response = await post(undesignated.headers);
    expect(response.statusCode).toBe(403);
    expect(response.json().code).toBe("NOT_DESIGNATED");
  });

  it("takes the power from a former representative at once, in the same session", async () => {
    const former = await designatedRepresentative(ctx, "chania");
    expect((await post(former.headers)).statusCode).toBe(201);
    await designate(ctx, "chania", "successor@chania.gr", "representative", "2026-11-25");
    const after = await post(former.headers);
    expect(after.statusCode).toBe(403);
    expect(after.json().code).toBe("NOT_DESIGNATED");
  });

  it("refuses officers and coordinators (403), anonymous callers (401)", async () => {
    const officer = await signInAs(ctx, "larissa.officer");
    const coordinator = await signInAs(ctx, "coordinator");
    expect((await post(officer.headers)).statusCode).toBe(403);
    expect((await post(coordinator.headers)).statusCode).toBe(403);
    expect((await post({})).statusCode).toBe(401);
  });

  it("refuses the representative of a municipality that is not a party (403)", async () => {
    const applicant = await designatedRepresentative(ctx, "serres");
    expect((await post(applicant.headers)).statusCode).toBe(403);
  });

  it("names a clause of the MoU (422 UNKNOWN_CLAUSE) and validates the body (400)", async () => {
    const rep = await designatedRepresentative(ctx, "larissa");
    const unknown = await post(rep.headers, { ...proposal, clause: "art-99" });
    expect(unknown.statusCode).toBe(422);
    expect(unknown.json().code).toBe("UNKNOWN_CLAUSE");
    expect((await post(rep.headers, { ...proposal, title: "" })).statusCode).toBe(400);
  });
});
