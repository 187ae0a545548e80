// Notices addressed to the coordinators (the secretariat): each registration of an officer
// puts one in their inbox, "a registration to verify", which any coordinator acknowledges
// for all of them. The parties' inboxes and the coordinators' view of them do not change.
import { describe, expect, it } from "vitest";
import { type SignedIn, signInAs } from "../../../test/fixtures/personas.ts";
import { signIn, useTestApp } from "../../../test/helpers.ts";

const ctx = useTestApp();
const PASSWORD = "tangerine lighthouse 47 violins";

const register = (code: string, email: string, name: string) =>
  ctx.app.inject({
    method: "POST",
    url: "/api/registrations",
    payload: {
      municipality: { code },
      officer: { name, email, position: "Υπάλληλος" },
      password: PASSWORD,
    },
  });
const list = (agent: SignedIn, query = "") =>
  ctx.app.inject({ method: "GET", url: `/api/notices${query}`, headers: { cookie: agent.cookie } });
const acknowledge = (agent: SignedIn, id: string) =>
  ctx.app.inject({ method: "POST", url: `/api/notices/${id}/acknowledge`, headers: agent.headers });

describe("a registration's notice to the coordinators", () => {
  it("is in the coordinators' inbox, names the person and the municipality, and one acknowledges it", async () => {
    const coordinator = await signInAs(ctx, "coordinator");
    const partiesBefore = (await list(coordinator)).json();

    // Serres (official code 1201), the seeded applicant, has no officer yet
    expect((await register("1201", "officer@serres.test", "Μαρία Σερραίου")).statusCode).toBe(202);
    const officer = await ctx.db.user.findUniqueOrThrow({
      where: { email: "officer@serres.test" },
    });

    const inbox = (await list(coordinator, "?addressedTo=coordinators")).json();
    expect(inbox).toMatchObject({ total: 1, unacknowledged: 1 });
    expect(inbox.items[0]).toMatchObject({
      kind: "registration",
      event: "submitted",
      recipientMunicipalityId: null,
      recipientNameEl: null,
      subjectMunicipalityId: "serres",
      subjectNameEl: "Σερρών",
      subjectUserId: officer.id,
      subjectUserName: "Μαρία Σερραίου",
      acknowledgedAt: null,
    });
    // the parties' notices, as coordinators see them, are unchanged
    expect((await list(coordinator)).json()).toEqual(partiesBefore);

    const id = inbox.items[0].id;
    // not a party's to see or acknowledge
    const larissa = await signInAs(ctx, "larissa.officer");
    expect((await list(larissa, "?addressedTo=coordinators")).statusCode).toBe(403);
    expect((await list(larissa)).json().items.some((n: { id: string }) => n.id === id)).toBe(false);
    expect((await acknowledge(larissa, id)).statusCode).toBe(404);
    // nor the pending registrant's
    const registrant = await signIn(ctx.app, "officer@serres.test", PASSWORD);
    const own = await ctx.app.inject({
      method: "GET",
      url: "/api/notices?addressedTo=coordinators",
      headers: { cookie: registrant.cookie },
    });
    expect(own.statusCode).toBe(403);

    const first = await acknowledge(coordinator, id);
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json()).toMatchObject({
      acknowledgedAt: expect.any(String),
      acknowledgedBy: "Test coordinator",
    });
    // for all coordinators at once; a repeat is the same acknowledgement
    const other = await signInAs(ctx, { role: "coordinator", municipalityId: null });
    const repeat = await acknowledge(other, id);
    expect(repeat.json().acknowledgedAt).toBe(first.json().acknowledgedAt);
    expect((await list(other, "?addressedTo=coordinators")).json()).toMatchObject({
      total: 1,
      unacknowledged: 0,
    });
    expect(
      await ctx.db.auditEntry.count({ where: { action: "notice.acknowledge", entityId: id } }),
    ).toBe(1);
  });

  it("is not made when the registration is refused (a taken e-mail makes none either)", async () => {
    const before = await ctx.db.notice.count({ where: { recipientMunicipalityId: null } });
    // Larissa is a party: its officers are invited, not registered
    expect((await register("2201", "someone@larissa.test", "Κάποιος")).statusCode).not.toBe(202);
    // Volos is free, but the e-mail is taken: the same answer, no account and no notice
    expect((await register("2401", "officer@serres.test", "Άλλος")).statusCode).toBe(202);
    expect(await ctx.db.user.count({ where: { municipality: { officialCode: "2401" } } })).toBe(0);
    expect(await ctx.db.notice.count({ where: { recipientMunicipalityId: null } })).toBe(before);
  });

  it("a coordinator still does not acknowledge a party's notice (403)", async () => {
    const coordinator = await signInAs(ctx, "coordinator");
    const notice = await ctx.db.notice.create({
      data: { kind: "review", event: "reminder", recipientMunicipalityId: "larissa" },
    });
    expect((await acknowledge(coordinator, notice.id)).statusCode).toBe(403);
  });
});
