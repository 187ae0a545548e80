// Notices about a municipality's own affairs and to the coordinators (decision 090): every
// state change someone must act on puts a notice in the inbox of whoever acts next, in the
// same transaction as the act, and queues an e-mail when SMTP is configured (this file's
// app has SMTP_URL set; the worker is not started, so the outbox rows are what we check).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { actOn, getAs, submittedAccession } from "../../../test/accession-fixtures.ts";
import { failingBeforeCommit, INJECTED_FAILURE } from "../../../test/failing-transaction.ts";
import { type SignedIn, signInAs } from "../../../test/fixtures/personas.ts";
import { createTestApp, createUser, type TestContext } from "../../../test/helpers.ts";
import { returnAccession } from "../accessions/return-accession.ts";

let ctx: TestContext;
let coordinator: SignedIn;
beforeAll(async () => {
  ctx = await createTestApp({
    SMTP_URL: "smtp://127.0.0.1:1",
    CNI_PUBLIC_URL: "https://cni.example.gr/",
  });
  coordinator = await signInAs(ctx, "coordinator");
});
afterAll(async () => {
  await ctx.app.close();
});

const NOTE = "Η σελίδα 2 της απόφασης δεν διαβάζεται.";
const inbox = (agent: SignedIn, query = "") => getAs(ctx.app, agent, `/api/notices${query}`);
const mailsTo = (email: string) =>
  ctx.db.outboxEmail.findMany({ where: { to: email }, orderBy: { createdAt: "asc" } });

describe("a declaration returned for corrections", () => {
  it("puts a notice in the applicant's own inbox and e-mails its officer the defects, note and link", async () => {
    const { id, officer, municipality } = await submittedAccession(ctx);
    const returned = await actOn(ctx.app, coordinator.headers, id, "return", {
      defects: ["document_missing_or_illegible"],
      note: NOTE,
    });
    expect(returned.statusCode).toBe(200);
    expect(returned.json().returnedAt).toEqual(expect.any(String));

    // not a party, yet its officer reads its own inbox
    const list = await inbox(officer);
    expect(list.statusCode).toBe(200);
    expect(list.json()).toMatchObject({ total: 1, unacknowledged: 1 });
    expect(list.json().items[0]).toMatchObject({
      kind: "accession",
      event: "returned",
      accessionId: id,
      recipientMunicipalityId: municipality.id,
      // about the recipient itself: not one of the parties' notices about a municipality
      subjectMunicipalityId: null,
    });
    const acknowledged = await ctx.app.inject({
      method: "POST",
      url: `/api/notices/${list.json().items[0].id}/acknowledge`,
      headers: officer.headers,
    });
    expect(acknowledged.statusCode).toBe(200);

    const [mail] = await mailsTo(officer.user.email);
    expect(mail?.subject).toMatch(/επιστράφηκε για διορθώσεις/);
    expect(mail?.text).toContain("Το έγγραφο λείπει ή δεν είναι ευανάγνωστο");
    expect(mail?.text).toContain("The document is missing or illegible");
    expect(mail?.text).toContain(NOTE);
    expect(mail?.text).toContain("https://cni.example.gr/accession");

    // nor is it one of the parties' notices on the declaration's acknowledgement list
    const seen = (await getAs(ctx.app, coordinator, `/api/accessions/${id}`)).json();
    expect(seen.notices).toBeNull();
  });

  it("writes nothing (status, notice, e-mail, audit) when the transaction fails", async () => {
    const { id, officer } = await submittedAccession(ctx);
    const failing = failingBeforeCommit(ctx.db, async (tx) => {
      expect(await tx.notice.count({ where: { accessionId: id, event: "returned" } })).toBe(1);
    });
    await expect(
      returnAccession(failing, {
        actor: { ...coordinator.user, name: "C", verification: "verified" },
        id,
        defects: ["decision_data_mismatch"],
        note: NOTE,
      }),
    ).rejects.toThrow(INJECTED_FAILURE);
    const row = await ctx.db.accession.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ status: "submitted", returnedAt: null });
    expect(await ctx.db.notice.count({ where: { accessionId: id, event: "returned" } })).toBe(0);
    expect(await mailsTo(officer.user.email)).toHaveLength(0);
    expect(
      await ctx.db.auditEntry.count({ where: { entityId: id, action: "accession.return" } }),
    ).toBe(0);
  });
});

describe("a declaration submitted (or resubmitted)", () => {
  it("puts one notice in the coordinators' inbox with a link's id, and e-mails them", async () => {
    const { id, officer, municipality } = await submittedAccession(ctx);
    const notices = await ctx.db.notice.findMany({ where: { accessionId: id } });
    expect(notices).toEqual([
      expect.objectContaining({
        kind: "accession",
        event: "submitted",
        recipientMunicipalityId: null,
        subjectMunicipalityId: municipality.id,
      }),
    ]);
    const coordinators = (await inbox(coordinator, "?addressedTo=coordinators")).json();
    expect(coordinators.items.some((n: { accessionId: string }) => n.accessionId === id)).toBe(
      true,
    );
    // a party's officer does not see it
    const larissa = await signInAs(ctx, "larissa.officer");
    expect(
      (await inbox(larissa))
        .json()
        .items.some((n: { accessionId: string }) => n.accessionId === id),
    ).toBe(false);
    const mail = await ctx.db.outboxEmail.findFirstOrThrow({
      where: { to: coordinator.user.email, text: { contains: `/admin/accessions/${id}` } },
    });
    expect(mail.text).toContain("υπέβαλε τη δήλωση");

    // returned and submitted again: a second notice, saying "again"
    await actOn(ctx.app, coordinator.headers, id, "return", {
      defects: ["other_formal_defect"],
      note: NOTE,
    });
    expect((await actOn(ctx.app, officer.headers, id, "submit")).statusCode).toBe(200);
    expect(await ctx.db.notice.count({ where: { accessionId: id, event: "submitted" } })).toBe(2);
    const again = await ctx.db.outboxEmail.findMany({
      where: { to: coordinator.user.email, text: { contains: `/admin/accessions/${id}` } },
    });
    expect(again.some((m) => m.text.includes("ξανά, διορθωμένη"))).toBe(true);
  });
});

describe("a declaration notified to the parties", () => {
  it("tells the new member it is a party from that day and what follows", async () => {
    const party = await signInAs(ctx, "larissa.officer");
    const { id, officer, municipality } = await submittedAccession(ctx);
    const notified = await actOn(ctx.app, coordinator.headers, id, "notify", {
      notifiedOn: "2026-01-15",
    });
    expect(notified.statusCode).toBe(200);
    const own = (await inbox(officer)).json();
    expect(own.items).toEqual([
      expect.objectContaining({ kind: "accession", event: "joined", accessionId: id }),
    ]);
    const mail = (await mailsTo(officer.user.email)).find((m) => m.text.includes("15/01/2026"));
    expect(mail?.text).toContain("μέρος του Μνημονίου Συνεργασίας από εκείνη την ημέρα");
    expect(mail?.text).toContain("https://cni.example.gr/my");
    // the parties' acknowledgement list counts the parties only (not the member's own notice)
    const seen = (await getAs(ctx.app, coordinator, `/api/accessions/${id}`)).json();
    expect(
      seen.notices.items.map((n: { recipientMunicipalityId: string }) => n.recipientMunicipalityId),
    ).not.toContain(municipality.id);
    expect(seen.notices.total).toBe(notified.json().noticesSent);
    // each party's notice and e-mail say from when the new member is a party
    const partyNotice = (await inbox(party))
      .json()
      .items.find((n: { accessionId: string }) => n.accessionId === id);
    expect(partyNotice).toMatchObject({ event: "notified", memberFrom: "2026-01-15" });
    const partyMail = (await mailsTo(party.user.email)).find((m) => m.text.includes("15/01/2026"));
    expect(partyMail?.text).toContain("Ο δήμος είναι μέρος του Μνημονίου από 15/01/2026.");
    expect(partyMail?.text).toContain("https://cni.example.gr/notices");
  });
});

describe("an officer's registration verified", () => {
  it("puts a notice naming the person in the municipality's inbox", async () => {
    const user = await createUser(ctx.db, {
      role: "officer",
      municipalityId: "larissa",
      email: "new-officer@larissa.test",
    });
    await ctx.db.user.update({ where: { id: user.id }, data: { verification: "pending" } });
    const verified = await ctx.app.inject({
      method: "POST",
      url: `/api/users/${user.id}/verify`,
      headers: coordinator.headers,
    });
    expect(verified.statusCode).toBe(200);
    const notice = await ctx.db.notice.findFirstOrThrow({
      where: { kind: "registration", event: "verified", subjectUserId: user.id },
    });
    expect(notice.recipientMunicipalityId).toBe("larissa");
    expect(await mailsTo("new-officer@larissa.test")).toHaveLength(1);
  });
});

describe("a representative designated", () => {
  it("notifies the municipality and e-mails the designated person", async () => {
    const officer = await signInAs(ctx, "trikala.officer");
    const put = await ctx.app.inject({
      method: "PUT",
      url: "/api/municipalities/trikala/designations/alternate",
      headers: officer.headers,
      payload: {
        name: "Ελένη Τρικαλινού",
        email: "eleni@trikala.test",
        act: { kind: "mayoral_decision", number: "12/2026", date: "2026-01-10" },
      },
    });
    expect(put.statusCode, put.body).toBe(200);
    const notice = await ctx.db.notice.findFirstOrThrow({
      where: { kind: "designation", event: "designated", recipientMunicipalityId: "trikala" },
    });
    expect(notice.subjectMunicipalityId).toBeNull();
    const [mail] = await mailsTo("eleni@trikala.test");
    expect(mail?.text).toContain("αναπληρωτής/αναπληρώτρια εκπροσώπου του Δήμου Τρικκαίων");
  });
});
