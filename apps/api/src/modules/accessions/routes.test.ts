import { createHash } from "node:crypto";
import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import { addCalendarDays, athensToday } from "@cni/domain/dates";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Agent, createTestApp, signInAs, type TestContext } from "../../../test/helpers.ts";
import { acceptAccession } from "./service.ts";
import { createMunicipality, pdfForm, tinyPdf, upload, validDeclaration } from "./testing.ts";

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

const today = () => athensToday();

async function applicant() {
  const municipality = await createMunicipality(ctx.db);
  const officer = (await signInAs(ctx, "officer", municipality.id)).agent;
  const representative = (await signInAs(ctx, "representative", municipality.id)).agent;
  return { municipality, officer, representative };
}

async function post(agent: Agent | null, body: unknown) {
  return ctx.app.inject({
    method: "POST",
    url: "/api/accessions",
    headers: agent?.headers ?? {},
    payload: body as Record<string, unknown>,
  });
}

async function act(agent: Agent | null, id: string, action: string, payload: unknown = {}) {
  return ctx.app.inject({
    method: "POST",
    url: `/api/accessions/${id}/${action}`,
    headers: agent?.headers ?? {},
    payload: payload as Record<string, unknown>,
  });
}

async function get(agent: Agent | null, url: string) {
  return ctx.app.inject({ method: "GET", url, headers: agent ? { cookie: agent.cookie } : {} });
}

/** How many parties (members and withdrawing members) there are today. */
async function partiesToday(): Promise<number> {
  return (await get(null, "/api/municipalities?status=member,withdrawing")).json().total;
}

/** A draft with a document, submitted. */
async function submitted() {
  const a = await applicant();
  const created = await post(a.officer, {
    municipalityId: a.municipality.id,
    ...validDeclaration(),
  });
  expect(created.statusCode).toBe(201);
  const id = created.json().id as string;
  expect((await upload(ctx.app, a.officer.headers, id, pdfForm(tinyPdf()))).statusCode).toBe(201);
  const submit = await act(a.officer, id, "submit");
  expect(submit.statusCode).toBe(200);
  return { ...a, id };
}

describe("POST /api/accessions", () => {
  it("creates a draft for the officer's own municipality", async () => {
    const { municipality, officer } = await applicant();
    const response = await post(officer, {
      municipalityId: municipality.id,
      ...validDeclaration(),
    });
    expect(response.statusCode).toBe(201);
    const body = response.json();
    expect(body).toMatchObject({
      municipalityId: municipality.id,
      status: "draft",
      councilDecision: { number: "45/2025", membersTotal: 33, membersPresent: 27, votesFor: 22 },
      signatory: { name: "Γιώργος Παπαδόπουλος", title: "Δήμαρχος" },
      representative: { name: "Ελένη Νικολάου", email: "eleni@example.gr" },
      alternate: { name: "Νίκος Γεωργίου", email: "nikos@example.gr", phone: null },
      submittedOn: null,
      documents: [],
    });
    expect(body.checks).toMatchObject({ quorumNeeded: 17, quorumMet: true, hasDocument: false });
  });

  it("accepts a draft with only the council decision (the form saves step by step)", async () => {
    const { municipality, officer } = await applicant();
    const response = await post(officer, {
      municipalityId: municipality.id,
      councilDecision: validDeclaration().councilDecision,
    });
    expect(response.statusCode).toBe(201);
    expect(response.json()).toMatchObject({
      signatory: null,
      representative: null,
      alternate: null,
    });
  });

  it.each([
    [
      "35 present out of 25 (the Serres source's own slip)",
      { membersTotal: 25, membersPresent: 35 },
      "PRESENT_EXCEEDS_TOTAL",
      "councilDecision.membersPresent",
    ],
    [
      "no quorum",
      { membersTotal: 35, membersPresent: 17 },
      "QUORUM_NOT_MET",
      "councilDecision.membersPresent",
    ],
    [
      "a majority without votes in favour",
      { vote: "majority", votesFor: null },
      "VOTES_INVALID",
      "councilDecision.votesFor",
    ],
    [
      "a majority that is not one",
      { vote: "majority", votesFor: 13 },
      "VOTES_INVALID",
      "councilDecision.votesFor",
    ],
    [
      "a decision in the future",
      { date: addCalendarDays(athensToday(), 1), number: `1/${athensToday().slice(0, 4)}` },
      "DECISION_IN_FUTURE",
      "councilDecision.date",
    ],
    [
      "a number whose year is not the decision's",
      { number: "45/2024" },
      "DECISION_NUMBER_INVALID",
      "councilDecision.number",
    ],
  ])(
    "refuses %s with a 422 at the right field and stores nothing",
    async (_label, change, code, field) => {
      const { municipality, officer } = await applicant();
      const before = await ctx.db.accession.count();
      const declaration = validDeclaration();
      const response = await post(officer, {
        municipalityId: municipality.id,
        ...declaration,
        councilDecision: { ...declaration.councilDecision, ...change },
      });
      expect(response.statusCode).toBe(422);
      expect(response.headers["content-type"]).toContain("application/problem+json");
      const problem = response.json();
      expect(problem.code).toBe(code);
      expect(problem.errors).toContainEqual(expect.objectContaining({ path: field, code }));
      expect(await ctx.db.accession.count()).toBe(before);
    },
  );

  it.each([
    ["a text where a number is expected", { membersTotal: "thirty" }],
    ["a missing decision number", { number: undefined }],
    ["an impossible date", { date: "2025-02-30" }],
    ["an unknown vote", { vote: "acclamation" }],
  ])("rejects %s as malformed (400)", async (_label, change) => {
    const { municipality, officer } = await applicant();
    const declaration = validDeclaration();
    const response = await post(officer, {
      municipalityId: municipality.id,
      ...declaration,
      councilDecision: { ...declaration.councilDecision, ...change },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().code).toBe("VALIDATION_FAILED");
  });

  it("rejects a malformed e-mail of the representative (400, path named)", async () => {
    const { municipality, officer } = await applicant();
    const response = await post(officer, {
      municipalityId: municipality.id,
      ...validDeclaration({ representative: { name: "X", email: "not-an-email" } }),
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().errors[0].path).toBe("representative.email");
  });

  it("lets an officer declare only for their own municipality", async () => {
    const { municipality } = await applicant();
    const response = await post(trikalaOfficer, {
      municipalityId: municipality.id,
      ...validDeclaration(),
    });
    expect(response.statusCode).toBe(403);
  });

  it("refuses representatives (403) and anonymous callers (401)", async () => {
    const { municipality, representative } = await applicant();
    const body = { municipalityId: municipality.id, ...validDeclaration() };
    expect((await post(representative, body)).statusCode).toBe(403);
    expect((await post(null, body)).statusCode).toBe(401);
  });

  it("lets a coordinator start a declaration for any municipality", async () => {
    const { municipality } = await applicant();
    const response = await post(coordinator, {
      municipalityId: municipality.id,
      ...validDeclaration(),
    });
    expect(response.statusCode).toBe(201);
  });

  it("409s for a member and for a municipality with an open declaration", async () => {
    const member = await post(larissaOfficer, {
      municipalityId: "larissa",
      ...validDeclaration(),
    });
    expect(member.statusCode).toBe(409);
    expect(member.json().code).toBe("ALREADY_MEMBER");
    const serres = await post(coordinator, { municipalityId: "serres", ...validDeclaration() });
    expect(serres.statusCode).toBe(409);
    expect(serres.json().code).toBe("OPEN_DECLARATION_EXISTS");
    expect(
      (await post(coordinator, { municipalityId: "atlantis", ...validDeclaration() })).statusCode,
    ).toBe(404);
  });

  it("never creates two open declarations when two are posted at once", async () => {
    const { municipality, officer } = await applicant();
    const body = { municipalityId: municipality.id, ...validDeclaration() };
    const responses = await Promise.all([
      post(officer, body),
      post(officer, body),
      post(officer, body),
    ]);
    expect(responses.map((r) => r.statusCode).sort()).toEqual([201, 409, 409]);
    expect(await ctx.db.accession.count({ where: { municipalityId: municipality.id } })).toBe(1);
  });
});

describe("PATCH /api/accessions/:id", () => {
  it("updates a draft part by part and refuses rule violations without storing them", async () => {
    const { municipality, officer } = await applicant();
    const id = (
      await post(officer, {
        municipalityId: municipality.id,
        councilDecision: validDeclaration().councilDecision,
      })
    ).json().id;
    const patch = (payload: unknown) =>
      ctx.app.inject({
        method: "PATCH",
        url: `/api/accessions/${id}`,
        headers: officer.headers,
        payload: payload as Record<string, unknown>,
      });

    const ok = await patch({ signatory: { name: "Μαρία Ιωάννου", title: "Δήμαρχος" } });
    expect(ok.statusCode).toBe(200);
    expect(ok.json().signatory).toEqual({ name: "Μαρία Ιωάννου", title: "Δήμαρχος" });

    const bad = await patch({
      councilDecision: { ...validDeclaration().councilDecision, membersPresent: 40 },
    });
    expect(bad.statusCode).toBe(422);
    expect(bad.json().errors).toContainEqual(
      expect.objectContaining({
        path: "councilDecision.membersPresent",
        code: "PRESENT_EXCEEDS_TOTAL",
      }),
    );
    const stored = await ctx.db.accession.findUniqueOrThrow({ where: { id } });
    expect(stored.membersPresent).toBe(27);

    expect((await patch({ signatory: { name: "", title: "x" } })).statusCode).toBe(400);
    expect(
      (
        await ctx.app.inject({
          method: "PATCH",
          url: `/api/accessions/${id}`,
          headers: trikalaOfficer.headers,
          payload: { remarks: "x" },
        })
      ).statusCode,
    ).toBe(404);
  });

  it("is refused (409) once submitted", async () => {
    const { id, officer } = await submitted();
    const response = await ctx.app.inject({
      method: "PATCH",
      url: `/api/accessions/${id}`,
      headers: officer.headers,
      payload: { remarks: "late change" },
    });
    expect(response.statusCode).toBe(409);
  });
});

describe("documents", () => {
  it("stores a PDF with its sha256 outside any served folder and serves it to allowed users only", async () => {
    const { municipality, officer, representative } = await applicant();
    const id = (
      await post(officer, { municipalityId: municipality.id, ...validDeclaration() })
    ).json().id;
    const pdf = tinyPdf("Απόφαση");
    const response = await upload(
      ctx.app,
      officer.headers,
      id,
      pdfForm(pdf, "../../Απόφαση Δημοτικού Συμβουλίου 45:2025.pdf"),
    );
    expect(response.statusCode).toBe(201);
    const document = response.json();
    expect(document).toMatchObject({
      kind: "decision",
      size: pdf.length,
      sha256: createHash("sha256").update(pdf).digest("hex"),
      filename: "Απόφαση Δημοτικού Συμβουλίου 452025.pdf",
    });
    const row = await ctx.db.document.findUniqueOrThrow({ where: { id: document.id } });
    expect(row.storageKey).not.toContain("pdf");
    expect(existsSync(path.join(ctx.documentsDir, row.storageKey))).toBe(true);

    for (const agent of [coordinator, officer, representative]) {
      const download = await get(agent, `/api/documents/${document.id}`);
      expect(download.statusCode).toBe(200);
      expect(download.headers["content-type"]).toBe("application/pdf");
      expect(download.headers["x-content-type-options"]).toBe("nosniff");
      expect(download.headers["content-disposition"]).toBe(
        `attachment; filename="_ 452025.pdf"; filename*=UTF-8''${encodeURIComponent("Απόφαση Δημοτικού Συμβουλίου 452025.pdf")}`,
      );
      expect(download.rawPayload.equals(pdf)).toBe(true);
    }
    expect((await get(trikalaOfficer, `/api/documents/${document.id}`)).statusCode).toBe(404);
    expect((await get(larissaRep, `/api/documents/${document.id}`)).statusCode).toBe(404);
    expect((await get(null, `/api/documents/${document.id}`)).statusCode).toBe(401);
    // the storage folder is not reachable over HTTP
    expect((await get(coordinator, `/${row.storageKey}`)).statusCode).toBe(404);
  });

  it("refuses a non-PDF renamed .pdf and declared application/pdf (415), keeping nothing", async () => {
    const { municipality, officer } = await applicant();
    const id = (
      await post(officer, { municipalityId: municipality.id, ...validDeclaration() })
    ).json().id;
    const filesBefore = readdirSync(ctx.documentsDir).length;
    const fake = Buffer.from("MZ\x90\x00 this is really an executable, not a PDF", "latin1");
    const response = await upload(ctx.app, officer.headers, id, pdfForm(fake, "decision.pdf"));
    expect(response.statusCode).toBe(415);
    expect(response.json()).toMatchObject({ status: 415, code: "NOT_A_PDF" });
    const png = Buffer.from("\x89PNG\r\n\x1a\n....", "latin1");
    expect((await upload(ctx.app, officer.headers, id, pdfForm(png, "scan.pdf"))).statusCode).toBe(
      415,
    );
    expect((await upload(ctx.app, officer.headers, id, pdfForm(Buffer.alloc(0)))).statusCode).toBe(
      415,
    );
    expect(await ctx.db.document.count({ where: { accessionId: id } })).toBe(0);
    expect(readdirSync(ctx.documentsDir).length).toBe(filesBefore);
  });

  it("accepts a PDF whatever its name or declared type (content decides)", async () => {
    const { municipality, officer } = await applicant();
    const id = (
      await post(officer, { municipalityId: municipality.id, ...validDeclaration() })
    ).json().id;
    const response = await upload(
      ctx.app,
      officer.headers,
      id,
      pdfForm(tinyPdf(), "scan", "signed_mou", "application/octet-stream"),
    );
    expect(response.statusCode).toBe(201);
    expect(response.json()).toMatchObject({ kind: "signed_mou", filename: "scan.pdf" });
  });

  it("refuses a file over 10 MB (413), a second file, an unknown kind and a non-multipart body", async () => {
    const { municipality, officer } = await applicant();
    const id = (
      await post(officer, { municipalityId: municipality.id, ...validDeclaration() })
    ).json().id;
    const big = Buffer.concat([tinyPdf(), Buffer.alloc(10 * 1024 * 1024)]);
    const tooBig = await upload(ctx.app, officer.headers, id, pdfForm(big));
    expect(tooBig.statusCode).toBe(413);
    expect(tooBig.json().code).toBe("FILE_TOO_LARGE");

    const two = pdfForm(tinyPdf());
    two.append(
      "file2",
      new Blob([new Uint8Array(tinyPdf())], { type: "application/pdf" }),
      "b.pdf",
    );
    const twoResponse = await upload(ctx.app, officer.headers, id, two);
    // the first file is stored; the second is beyond the one-file limit and ignored
    expect([201, 413]).toContain(twoResponse.statusCode);

    expect(
      (await upload(ctx.app, officer.headers, id, pdfForm(tinyPdf(), "a.pdf", "selfie")))
        .statusCode,
    ).toBe(400);
    const json = await ctx.app.inject({
      method: "POST",
      url: `/api/accessions/${id}/documents`,
      headers: officer.headers,
      payload: { file: "JVBERi0=" },
    });
    expect(json.statusCode).toBe(415);
    const noFile = new FormData();
    noFile.append("kind", "decision");
    expect((await upload(ctx.app, officer.headers, id, noFile)).statusCode).toBe(400);
  });

  it("refuses uploads by another municipality's officer (404) and by representatives (403)", async () => {
    const { municipality, officer, representative } = await applicant();
    const id = (
      await post(officer, { municipalityId: municipality.id, ...validDeclaration() })
    ).json().id;
    expect((await upload(ctx.app, trikalaOfficer.headers, id, pdfForm(tinyPdf()))).statusCode).toBe(
      404,
    );
    expect((await upload(ctx.app, representative.headers, id, pdfForm(tinyPdf()))).statusCode).toBe(
      403,
    );
  });

  it("deletes a document while draft (file removed) but not once submitted (409)", async () => {
    const { municipality, officer } = await applicant();
    const id = (
      await post(officer, { municipalityId: municipality.id, ...validDeclaration() })
    ).json().id;
    const first = (await upload(ctx.app, officer.headers, id, pdfForm(tinyPdf()))).json();
    const second = (await upload(ctx.app, officer.headers, id, pdfForm(tinyPdf("2")))).json();
    const firstRow = await ctx.db.document.findUniqueOrThrow({ where: { id: first.id } });
    const del = await ctx.app.inject({
      method: "DELETE",
      url: `/api/accessions/${id}/documents/${first.id}`,
      headers: officer.headers,
    });
    expect(del.statusCode).toBe(204);
    expect(existsSync(path.join(ctx.documentsDir, firstRow.storageKey))).toBe(false);
    expect((await act(officer, id, "submit")).statusCode).toBe(200);
    const late = await ctx.app.inject({
      method: "DELETE",
      url: `/api/accessions/${id}/documents/${second.id}`,
      headers: officer.headers,
    });
    expect(late.statusCode).toBe(409);
    const lateUpload = await upload(ctx.app, officer.headers, id, pdfForm(tinyPdf()));
    expect(lateUpload.statusCode).toBe(409);
  });
});

describe("workflow", () => {
  it("needs a complete declaration and a document to submit", async () => {
    const { municipality, officer } = await applicant();
    const partial = (
      await post(officer, {
        municipalityId: municipality.id,
        councilDecision: validDeclaration().councilDecision,
      })
    ).json();
    const incomplete = await act(officer, partial.id, "submit");
    expect(incomplete.statusCode).toBe(422);
    expect(incomplete.json().code).toBe("DECLARATION_INCOMPLETE");
    expect(incomplete.json().errors.map((e: { path: string }) => e.path)).toEqual([
      "signatory",
      "representative",
      "alternate",
    ]);

    const { municipality: m2, officer: o2 } = await applicant();
    const complete = (await post(o2, { municipalityId: m2.id, ...validDeclaration() })).json();
    const noDocument = await act(o2, complete.id, "submit");
    expect(noDocument.statusCode).toBe(422);
    expect(noDocument.json().code).toBe("DOCUMENT_REQUIRED");
    expect((await ctx.db.accession.findUniqueOrThrow({ where: { id: complete.id } })).status).toBe(
      "draft",
    );
  });

  it("submits, returns with a note, resubmits, accepts — with the right scoping at each step", async () => {
    const { id, municipality, officer, representative } = await submitted();
    const afterSubmit = (await get(officer, `/api/accessions/${id}`)).json();
    expect(afterSubmit).toMatchObject({ status: "submitted", submittedOn: today() });
    expect(afterSubmit.submittedAt).toEqual(expect.any(String));
    // the municipality shows as an applicant now
    const dir = (await get(null, `/api/municipalities/${municipality.id}`)).json();
    expect(dir.status).toBe("applicant");

    // other municipalities' users neither see nor act on it
    expect((await get(trikalaOfficer, `/api/accessions/${id}`)).statusCode).toBe(404);
    expect((await get(larissaRep, `/api/accessions/${id}`)).statusCode).toBe(404);
    expect((await act(trikalaOfficer, id, "withdraw")).statusCode).toBe(404);
    expect((await act(trikalaOfficer, id, "submit")).statusCode).toBe(404);
    const othersList = (await get(trikalaOfficer, "/api/accessions")).json();
    expect(othersList.items.map((a: { id: string }) => a.id)).not.toContain(id);
    expect(
      (await get(trikalaOfficer, `/api/accessions?municipalityId=${municipality.id}`)).statusCode,
    ).toBe(403);
    // its own representative may read it
    expect((await get(representative, `/api/accessions/${id}`)).statusCode).toBe(200);
    expect((await get(representative, "/api/accessions")).json().items).toHaveLength(1);
    // the coordinator's queue has it
    const queue = (await get(coordinator, "/api/accessions?status=submitted")).json();
    expect(queue.items.map((a: { id: string }) => a.id)).toContain(id);
    expect(queue.items.every((a: { status: string }) => a.status === "submitted")).toBe(true);

    // only coordinators return, and a note is required
    expect((await act(officer, id, "return", { note: "x" })).statusCode).toBe(403);
    expect((await act(coordinator, id, "return", { note: "  " })).statusCode).toBe(400);
    const returned = await act(coordinator, id, "return", {
      note: "Λείπει η υπογεγραμμένη σελίδα του Μνημονίου.",
    });
    expect(returned.statusCode).toBe(200);
    expect(returned.json()).toMatchObject({
      status: "returned",
      returnNote: "Λείπει η υπογεγραμμένη σελίδα του Μνημονίου.",
    });
    expect((await act(coordinator, id, "return", { note: "again" })).statusCode).toBe(409);
    expect((await act(coordinator, id, "accept")).statusCode).toBe(409);
    const seen = (await get(officer, `/api/accessions/${id}`)).json();
    expect(seen.returnNote).toBe("Λείπει η υπογεγραμμένη σελίδα του Μνημονίου.");

    // the officer fixes and resubmits; the first submission date stays
    await ctx.db.accession.update({ where: { id }, data: { submittedOn: "2025-04-01" } });
    const patched = await ctx.app.inject({
      method: "PATCH",
      url: `/api/accessions/${id}`,
      headers: officer.headers,
      payload: { remarks: "Προστέθηκε η υπογεγραμμένη σελίδα." },
    });
    expect(patched.statusCode).toBe(200);
    const resubmitted = await act(officer, id, "submit");
    expect(resubmitted.statusCode).toBe(200);
    expect(resubmitted.json()).toMatchObject({ status: "submitted", submittedOn: "2025-04-01" });

    // accept: not in the future, not before the decision
    const future = await act(coordinator, id, "accept", {
      notifiedOn: addCalendarDays(today(), 1),
    });
    expect(future.statusCode).toBe(422);
    expect(future.json().code).toBe("NOTIFIED_IN_FUTURE");
    const early = await act(coordinator, id, "accept", { notifiedOn: "2025-03-11" });
    expect(early.statusCode).toBe(422);
    expect(early.json().code).toBe("NOTIFIED_BEFORE_DECISION");
    expect((await act(officer, id, "accept")).statusCode).toBe(403);
    expect((await act(coordinator, id, "accept", { notifiedOn: "2025-13-01" })).statusCode).toBe(
      400,
    );

    const parties = await partiesToday();
    expect(parties).toBeGreaterThanOrEqual(18);
    const accepted = await act(coordinator, id, "accept", {});
    expect(accepted.statusCode).toBe(200);
    expect(accepted.json()).toMatchObject({
      status: "accepted",
      notifiedOn: today(),
      closedOn: today(),
    });
    expect(accepted.json().notices).toMatchObject({ total: parties, acknowledged: 0 });

    // accepting twice, withdrawing or editing afterwards: 409
    const twice = await act(coordinator, id, "accept", {});
    expect(twice.statusCode).toBe(409);
    expect(twice.json().code).toBe("INVALID_TRANSITION");
    expect((await act(officer, id, "withdraw")).statusCode).toBe(409);
    expect((await act(officer, id, "submit")).statusCode).toBe(409);

    // a member from notifiedOn, in the directory
    const member = (await get(null, `/api/municipalities/${municipality.id}`)).json();
    expect(member).toMatchObject({ status: "member", memberSince: today() });
    const periods = await ctx.db.membershipPeriod.findMany({
      where: { municipalityId: municipality.id },
    });
    expect(periods).toEqual([
      expect.objectContaining({ basis: "accession", startsOn: today(), accessionId: id }),
    ]);
    // the declared persons are its designations
    const designations = (
      await get(officer, `/api/municipalities/${municipality.id}/designations`)
    ).json();
    expect(designations.representative).toMatchObject({
      name: "Ελένη Νικολάου",
      from: today(),
      to: null,
    });
    expect(designations.alternate).toMatchObject({
      name: "Νίκος Γεωργίου",
      from: today(),
      to: null,
    });
    // a notice to each of the other parties, none to itself
    const notices = await ctx.db.notice.findMany({ where: { accessionId: id } });
    expect(notices).toHaveLength(parties);
    expect(new Set(notices.map((n) => n.recipientMunicipalityId)).size).toBe(parties);
    expect(notices.map((n) => n.recipientMunicipalityId)).toEqual(
      expect.arrayContaining(["athens", "thessaloniki", "larissa", "trikala", "chania"]),
    );
    expect(notices.map((n) => n.recipientMunicipalityId)).not.toContain(municipality.id);
    expect(notices.every((n) => n.kind === "accession" && n.event === "accepted")).toBe(true);
    // audit entries for every step
    const actions = (
      await ctx.db.auditEntry.findMany({ where: { entityId: id }, orderBy: { at: "asc" } })
    ).map((e) => e.action);
    expect(actions).toEqual(
      expect.arrayContaining([
        "accession.create",
        "accession.submit",
        "accession.return",
        "accession.update",
        "accession.accept",
      ]),
    );
    // a new declaration for a member is refused
    expect(
      (await post(officer, { municipalityId: municipality.id, ...validDeclaration() })).statusCode,
    ).toBe(409);
  });

  it("accepts with a past notifiedOn: member from that date, notices to the parties as of then", async () => {
    const { id, municipality } = await submitted();
    const accepted = await act(coordinator, id, "accept", { notifiedOn: "2025-06-01" });
    expect(accepted.statusCode).toBe(200);
    // the 18 parties of June 2025 (members accepted in these tests with today's date are not)
    expect(await ctx.db.notice.count({ where: { accessionId: id } })).toBe(18);
    const asOfMay = (
      await get(null, `/api/municipalities/${municipality.id}?asOf=2025-05-31`)
    ).json();
    expect(asOfMay.status).toBe("none");
    const asOfJune = (
      await get(null, `/api/municipalities/${municipality.id}?asOf=2025-06-01`)
    ).json();
    expect(asOfJune).toMatchObject({ status: "member", memberSince: "2025-06-01" });
  });

  it("lets the officer withdraw before acceptance, after which a new declaration may start", async () => {
    const { id, municipality, officer } = await submitted();
    expect((await act(coordinator, id, "withdraw")).statusCode).toBe(200);
    const again = await act(officer, id, "withdraw");
    expect(again.statusCode).toBe(409);
    const row = await ctx.db.accession.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ status: "withdrawn", closedOn: today() });
    expect((await act(coordinator, id, "accept")).statusCode).toBe(409);
    expect(
      (await post(officer, { municipalityId: municipality.id, ...validDeclaration() })).statusCode,
    ).toBe(201);
  });

  it("lets only one of two concurrent acceptances succeed", async () => {
    const { id } = await submitted();
    const parties = await partiesToday();
    const responses = await Promise.all([
      act(coordinator, id, "accept", {}),
      act(coordinator, id, "accept", {}),
    ]);
    expect(responses.map((r) => r.statusCode).sort()).toEqual([200, 409]);
    expect(await ctx.db.notice.count({ where: { accessionId: id } })).toBe(parties);
    expect(await ctx.db.membershipPeriod.count({ where: { accessionId: id } })).toBe(1);
  });
});

describe("Serres' seeded declaration", () => {
  it("is in the coordinator's queue with its checks, and can be accepted: Serres becomes a member, 18 notices", async () => {
    const serres = await ctx.db.accession.findFirstOrThrow({ where: { municipalityId: "serres" } });
    const detail = (await get(coordinator, `/api/accessions/${serres.id}`)).json();
    expect(detail).toMatchObject({
      status: "submitted",
      councilDecision: {
        number: "210/2024",
        date: "2024-06-26",
        membersTotal: 35,
        membersPresent: 25,
        vote: "unanimous",
      },
      signatory: { name: "Βαρβάρα Μητλιάγκα", title: "Δήμαρχος Σερρών" },
      representative: null,
      alternate: null,
    });
    expect(detail.checks).toMatchObject({
      quorumNeeded: 18,
      quorumMet: true,
      presentWithinTotal: true,
      votesValid: true,
      decisionNumberValid: true,
      hasRepresentative: false,
      problems: [],
    });

    const accepted = await act(coordinator, serres.id, "accept", { notifiedOn: "2024-07-01" });
    expect(accepted.statusCode).toBe(200);
    const municipality = (await get(null, "/api/municipalities/serres")).json();
    expect(municipality).toMatchObject({ status: "member", memberSince: "2024-07-01" });
    expect(await ctx.db.notice.count({ where: { accessionId: serres.id } })).toBe(18);
    // the decision names no representative: none invented
    expect(await ctx.db.designation.count({ where: { municipalityId: "serres" } })).toBe(0);
  });
});

describe("acceptance is all or nothing", () => {
  async function snapshot(id: string, municipalityId: string) {
    return {
      status: (await ctx.db.accession.findUniqueOrThrow({ where: { id } })).status,
      periods: await ctx.db.membershipPeriod.count({ where: { municipalityId } }),
      notices: await ctx.db.notice.count({ where: { accessionId: id } }),
      designations: await ctx.db.designation.count({ where: { municipalityId } }),
      audit: await ctx.db.auditEntry.count({
        where: {
          action: { in: ["accession.accept", "membership.start"] },
          OR: [{ entityId: id }, { entityId: municipalityId }],
        },
      }),
    };
  }

  it("leaves nothing half-written when the transaction fails after every write", async () => {
    const { id, municipality } = await submitted();
    const coordinatorUser = await ctx.db.user.findFirstOrThrow({ where: { role: "coordinator" } });
    const before = await snapshot(id, municipality.id);
    const parties = await partiesToday();
    let writesSeen = { notices: 0, periods: 0 };
    await expect(
      acceptAccession(
        ctx.db,
        {
          id: coordinatorUser.id,
          email: coordinatorUser.email,
          name: coordinatorUser.name,
          role: "coordinator",
          municipalityId: null,
        },
        id,
        {},
        {
          beforeCommit: async (tx) => {
            // everything was written inside the transaction…
            writesSeen = {
              notices: await tx.notice.count({ where: { accessionId: id } }),
              periods: await tx.membershipPeriod.count({ where: { accessionId: id } }),
            };
            throw new Error("injected failure before commit");
          },
        },
      ),
    ).rejects.toThrow("injected failure");
    expect(writesSeen).toEqual({ notices: parties, periods: 1 });
    // …and none of it survived
    expect(await snapshot(id, municipality.id)).toEqual(before);
    expect(before).toMatchObject({ status: "submitted", periods: 0, notices: 0, designations: 0 });
    const dir = (await get(null, `/api/municipalities/${municipality.id}`)).json();
    expect(dir.status).toBe("applicant");
    // and it can still be accepted afterwards
    expect((await act(coordinator, id, "accept", {})).statusCode).toBe(200);
  });

  it("rolls back the status change when a unique constraint clashes in the middle", async () => {
    const { id, municipality } = await submitted();
    // A stray period already linked to this accession (in the far future, so the
    // municipality is not a member): creating the acceptance's period clashes on accessionId.
    const stray = await ctx.db.membershipPeriod.create({
      data: {
        municipalityId: municipality.id,
        basis: "accession",
        startsOn: "2999-01-01",
        accessionId: id,
      },
    });
    const before = await snapshot(id, municipality.id);
    const response = await act(coordinator, id, "accept", {});
    expect(response.statusCode).toBe(500);
    expect(response.json().detail).not.toContain("Unique");
    expect(await snapshot(id, municipality.id)).toEqual(before);
    await ctx.db.membershipPeriod.delete({ where: { id: stray.id } });
    expect((await act(coordinator, id, "accept", {})).statusCode).toBe(200);
  });
});

describe("acknowledgements seen by the coordinator", () => {
  it("shows, per declaration, which parties acknowledged (coordinators only)", async () => {
    const { id, officer } = await submitted();
    const parties = await partiesToday();
    await act(coordinator, id, "accept", {});
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
      acknowledgedBy: "Test representative",
    });
    // the applicant's own officer does not get the list
    expect((await get(officer, `/api/accessions/${id}`)).json().notices).toBeNull();
  });
});

describe("OpenAPI", () => {
  it("documents the accession, document, notice and designation routes", async () => {
    const response = await ctx.app.inject({ method: "GET", url: "/api/openapi.json" });
    expect(response.statusCode).toBe(200);
    const paths = Object.keys(response.json().paths);
    expect(paths).toEqual(
      expect.arrayContaining([
        "/api/accessions",
        "/api/accessions/{id}",
        "/api/accessions/{id}/accept",
        "/api/accessions/{id}/documents",
        "/api/documents/{id}",
        "/api/notices",
        "/api/notices/{id}/acknowledge",
        "/api/municipalities/{id}/designations",
        "/api/municipalities/{id}/designations/{role}",
      ]),
    );
  });
});
