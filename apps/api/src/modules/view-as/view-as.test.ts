// "View as" (issue 15 item 15, docs/decisions/113): a coordinator reads the portal as an
// officer or representative sees it — never writes in their name — and the log says when
// the view started and ended.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { failingBeforeCommit, INJECTED_FAILURE } from "../../../test/failing-transaction.ts";
import { type SignedIn, signInAs } from "../../../test/fixtures/personas.ts";
import { createTestApp, createUser, signIn, type TestContext } from "../../../test/helpers.ts";
import type { SessionUser } from "../../lib/access.ts";
import { hashToken } from "../../lib/tokens.ts";
import { toSessionUser } from "../auth/service.ts";
import { startViewAs } from "./start-view-as.ts";

let ctx: TestContext;
let officer: SignedIn;

beforeAll(async () => {
  ctx = await createTestApp();
  officer = await signInAs(ctx, "larissa.officer");
});
afterAll(async () => {
  await ctx.app.close();
});

const inject = (
  method: "GET" | "POST" | "PATCH" | "DELETE",
  url: string,
  headers: Record<string, string>,
  payload?: object,
) => ctx.app.inject({ method, url, headers, payload });
const session = (agent: { cookie: string }) =>
  inject("GET", "/api/auth/session", { cookie: agent.cookie });

/** A coordinator of its own (each test starts from a session that views as nobody). */
async function newCoordinator() {
  const user = await createUser(ctx.db, { role: "coordinator" });
  return { user, agent: await signIn(ctx.app, user.email) };
}

describe("POST /api/view-as and DELETE /api/view-as", () => {
  it("reads as the officer, refuses every write, and audits the start and the end", async () => {
    const { user: coordinator, agent } = await newCoordinator();
    const started = await inject("POST", "/api/view-as", agent.headers, {
      userId: officer.user.id,
    });
    expect(started.statusCode, started.body).toBe(200);
    expect(started.json()).toMatchObject({
      by: { id: coordinator.id, email: coordinator.email },
      as: { id: officer.user.id, role: "officer", municipalityId: "larissa" },
    });
    const startEntry = await ctx.db.auditEntry.findFirstOrThrow({
      where: { action: "view_as.start", actorId: coordinator.id },
    });
    expect(startEntry.entityId).toBe(officer.user.id);

    // the session reports the officer as the user, and who really is signed in
    const viewing = (await session(agent)).json();
    expect(viewing.user).toMatchObject({ id: officer.user.id, role: "officer" });
    expect(viewing.viewAs.by.id).toBe(coordinator.id);
    expect(viewing.viewAs.as.municipalityNameEl).toBeTruthy();
    // reads are checked as the officer: the coordinators' dashboard is closed to it
    expect((await inject("GET", "/api/dashboard", { cookie: agent.cookie })).statusCode).toBe(403);
    expect((await inject("GET", "/api/notices", { cookie: agent.cookie })).statusCode).toBe(200);

    // a write in the officer's name is refused, and nothing changes
    const rename = await inject("PATCH", "/api/account", agent.headers, { name: "Κάποιος" });
    expect(rename.statusCode).toBe(403);
    expect(rename.headers["content-type"]).toContain("application/problem+json");
    expect(rename.json().code).toBe("VIEW_AS_READ_ONLY");
    const officerRow = await ctx.db.user.findUniqueOrThrow({ where: { id: officer.user.id } });
    expect(officerRow.name).not.toBe("Κάποιος");
    const coordinatorRow = await ctx.db.user.findUniqueOrThrow({ where: { id: coordinator.id } });
    expect(coordinatorRow.name).not.toBe("Κάποιος");
    // the refusal is logged against the coordinator, not the officer
    const refusal = await ctx.db.auditEntry.findFirstOrThrow({
      where: { action: "security.forbidden", entityId: "PATCH /api/account" },
      orderBy: { at: "desc" },
    });
    expect(refusal.actorId).toBe(coordinator.id);
    // starting another view is a write too
    const again = await inject("POST", "/api/view-as", agent.headers, { userId: officer.user.id });
    expect(again.json().code).toBe("VIEW_AS_READ_ONLY");

    const stopped = await inject("DELETE", "/api/view-as", agent.headers);
    expect(stopped.statusCode).toBe(204);
    const endEntry = await ctx.db.auditEntry.findFirstOrThrow({
      where: { action: "view_as.end", actorId: coordinator.id },
    });
    expect(endEntry.entityId).toBe(officer.user.id);
    expect(JSON.parse(endEntry.after!)).toMatchObject({ reason: "stop" });
    const back = (await session(agent)).json();
    expect(back.user.id).toBe(coordinator.id);
    expect(back.viewAs).toBeNull();
    expect((await inject("GET", "/api/dashboard", { cookie: agent.cookie })).statusCode).toBe(200);
    // ending again is harmless and writes nothing more
    expect((await inject("DELETE", "/api/view-as", agent.headers)).statusCode).toBe(204);
    expect(
      await ctx.db.auditEntry.count({ where: { action: "view_as.end", actorId: coordinator.id } }),
    ).toBe(1);
  });

  it("views as a representative too", async () => {
    const { agent } = await newCoordinator();
    const representative = await signInAs(ctx, "larissa.representative");
    const started = await inject("POST", "/api/view-as", agent.headers, {
      userId: representative.user.id,
    });
    expect(started.statusCode).toBe(200);
    expect((await session(agent)).json().user).toMatchObject({
      role: "representative",
      designatedAs: "representative",
    });
  });

  it("never views as another coordinator, a deactivated account or an unknown one", async () => {
    const { user: coordinator, agent } = await newCoordinator();
    const other = await createUser(ctx.db, { role: "coordinator" });
    const asCoordinator = await inject("POST", "/api/view-as", agent.headers, {
      userId: other.id,
    });
    expect(asCoordinator.statusCode).toBe(422);
    expect(asCoordinator.json().code).toBe("VIEW_AS_TARGET_INVALID");
    const inactive = await createUser(ctx.db, { role: "officer", municipalityId: "larissa" });
    await ctx.db.user.update({ where: { id: inactive.id }, data: { active: false } });
    const asInactive = await inject("POST", "/api/view-as", agent.headers, {
      userId: inactive.id,
    });
    expect(asInactive.json().code).toBe("VIEW_AS_TARGET_INVALID");
    const unknown = await inject("POST", "/api/view-as", agent.headers, { userId: "nobody" });
    expect(unknown.statusCode).toBe(404);
    expect(
      await ctx.db.auditEntry.count({
        where: { action: "view_as.start", actorId: coordinator.id },
      }),
    ).toBe(0);
    expect((await session(agent)).json().viewAs).toBeNull();
  });

  it("is for coordinators only, and keeps the CSRF check", async () => {
    const forOfficer = await inject("POST", "/api/view-as", officer.headers, {
      userId: officer.user.id,
    });
    expect(forOfficer.statusCode).toBe(403);
    const { agent } = await newCoordinator();
    const noToken = await inject(
      "POST",
      "/api/view-as",
      { cookie: agent.cookie },
      { userId: officer.user.id },
    );
    expect(noToken.json().code).toBe("CSRF_TOKEN_INVALID");
    await inject("POST", "/api/view-as", agent.headers, { userId: officer.user.id });
    const stopWithoutToken = await inject("DELETE", "/api/view-as", { cookie: agent.cookie });
    expect(stopWithoutToken.json().code).toBe("CSRF_TOKEN_INVALID");
    expect((await session(agent)).json().viewAs).not.toBeNull();
  });

  it("ends with the sign-out, audited as the coordinator's", async () => {
    const { user: coordinator, agent } = await newCoordinator();
    await inject("POST", "/api/view-as", agent.headers, { userId: officer.user.id });
    const out = await inject("POST", "/api/auth/logout", agent.headers);
    expect(out.statusCode).toBe(204);
    const end = await ctx.db.auditEntry.findFirstOrThrow({
      where: { action: "view_as.end", actorId: coordinator.id },
    });
    expect(JSON.parse(end.after!)).toMatchObject({ reason: "sign-out" });
    const logout = await ctx.db.auditEntry.findFirstOrThrow({
      where: { action: "auth.logout", entityId: coordinator.id },
    });
    expect(logout.actorId).toBe(coordinator.id);
  });

  it("ends when the account viewed is deactivated meanwhile", async () => {
    const { agent } = await newCoordinator();
    const colleague = await createUser(ctx.db, { role: "officer", municipalityId: "larissa" });
    await inject("POST", "/api/view-as", agent.headers, { userId: colleague.id });
    await ctx.db.user.update({ where: { id: colleague.id }, data: { active: false } });
    const after = (await session(agent)).json();
    expect(after.viewAs).toBeNull();
    expect(after.user.role).toBe("coordinator");
    const end = await ctx.db.auditEntry.findFirstOrThrow({
      where: { action: "view_as.end", entityId: colleague.id },
    });
    expect(JSON.parse(end.after!)).toMatchObject({ reason: "invalid" });
  });

  it("writes nothing when the start fails before commit", async () => {
    const { user, agent } = await newCoordinator();
    const actor: SessionUser = toSessionUser(user);
    const sessionId = hashToken(agent.cookie.split("=")[1]!);
    let seenInside = 0;
    await expect(
      startViewAs(
        failingBeforeCommit(ctx.db, async (tx) => {
          seenInside = await tx.auditEntry.count({
            where: { action: "view_as.start", actorId: user.id },
          });
        }),
        { actor, sessionId, userId: officer.user.id },
      ),
    ).rejects.toThrow(INJECTED_FAILURE);
    expect(seenInside).toBe(1);
    const row = await ctx.db.session.findUniqueOrThrow({ where: { id: sessionId } });
    expect(row.viewAsUserId).toBeNull();
    expect(
      await ctx.db.auditEntry.count({ where: { action: "view_as.start", actorId: user.id } }),
    ).toBe(0);
  });
});
