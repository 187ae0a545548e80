// The PDF of the act that designated a representative or alternate: attached once by the
// municipality's officer or a coordinator, checked by its content, and read by the parties'
// verified accounts and the coordinators only.
import { existsSync, readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { pdfForm, tinyPdf } from "../../../test/accession-fixtures.ts";
import { failingBeforeCommit, INJECTED_FAILURE } from "../../../test/failing-transaction.ts";
import { type SignedIn, signInAs } from "../../../test/fixtures/personas.ts";
import { useTestApp } from "../../../test/helpers.ts";
import { attachActDocument } from "./attach-act-document.ts";

const ctx = useTestApp();

let designated = 0;
const designate = async (agent: SignedIn, name: string, role = "alternate") => {
  const response = await ctx.app.inject({
    method: "PUT",
    url: `/api/municipalities/larissa/designations/${role}`,
    headers: agent.headers,
    payload: {
      name,
      email: `alternate-${++designated}@larissa.gr`,
      act: { kind: "council_decision", number: "57/2026", date: "2026-01-20" },
    },
  });
  expect(response.statusCode, response.body).toBe(200);
  return response.json()[role].id as string;
};
const attach = (agent: SignedIn, id: string, form: FormData) =>
  ctx.app.inject({
    method: "PUT",
    url: `/api/designations/${id}/act-document`,
    headers: agent.headers,
    payload: form,
  });
const download = (agent: SignedIn | null, id: string) =>
  ctx.app.inject({
    method: "GET",
    url: `/api/designations/${id}/act-document`,
    headers: agent ? { cookie: agent.cookie } : {},
  });
const storedFiles = () => (existsSync(ctx.documentsDir) ? readdirSync(ctx.documentsDir) : []);

describe("the designation's act document", () => {
  it("is attached once by the officer and read by the parties and coordinators only", async () => {
    const officer = await signInAs(ctx, "larissa.officer");
    const id = await designate(officer, "Ελένη Αναπληρώτρια");
    const bytes = tinyPdf("mayoral decision 57/2026");

    const attached = await attach(officer, id, pdfForm(bytes, "Απόφαση 57-2026.pdf", null));
    expect(attached.statusCode, attached.body).toBe(200);
    const documentId = attached.json().alternate.act.documentId;
    expect(documentId).toEqual(expect.any(String));
    const row = await ctx.db.document.findUniqueOrThrow({ where: { id: documentId } });
    expect(row).toMatchObject({ kind: "designation_act", filename: "Απόφαση 57-2026.pdf" });
    const audit = await ctx.db.auditEntry.findFirstOrThrow({
      where: { action: "designation.document", entityId: "larissa" },
    });
    expect(audit.summary).toContain("Ελένη Αναπληρώτρια");

    // the same designation through the list: the act names its document
    const listed = await ctx.app.inject({
      method: "GET",
      url: "/api/municipalities/larissa/designations",
      headers: { cookie: officer.cookie },
    });
    expect(listed.json().history[0].act.documentId).toBe(documentId);

    // another party's account and the coordinator read it; a non-party and anonymous do not
    for (const reader of [await signInAs(ctx, "trikala.representative"), officer]) {
      const pdf = await download(reader, id);
      expect(pdf.statusCode).toBe(200);
      expect(pdf.headers["content-type"]).toBe("application/pdf");
      expect(pdf.rawPayload.equals(bytes)).toBe(true);
    }
    expect((await download(await signInAs(ctx, "coordinator"), id)).statusCode).toBe(200);
    expect((await download(await signInAs(ctx, "serres.officer"), id)).statusCode).toBe(403);
    expect((await download(null, id)).statusCode).toBe(401);
    // the generic document route does not open it to anyone who is signed in
    const generic = await ctx.app.inject({
      method: "GET",
      url: `/api/documents/${documentId}`,
      headers: { cookie: (await signInAs(ctx, "trikala.officer")).cookie },
    });
    expect(generic.statusCode).toBe(404);

    // once: a second document is a conflict, and its file is not kept
    const files = storedFiles().length;
    const again = await attach(officer, id, pdfForm(tinyPdf("another"), "other.pdf", null));
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({ code: "ACT_DOCUMENT_EXISTS" });
    expect(storedFiles()).toHaveLength(files);
  });

  it("refuses what is not a PDF, another municipality's designation and a missing one", async () => {
    const coordinator = await signInAs(ctx, "coordinator");
    const id = await designate(coordinator, "Γιώργος Αναπληρωτής");
    const notPdf = await attach(
      coordinator,
      id,
      pdfForm(Buffer.from("<html>not a pdf</html>"), "fake.pdf", null),
    );
    expect(notPdf.statusCode).toBe(415);
    expect(notPdf.json()).toMatchObject({ code: "NOT_A_PDF" });
    const json = await ctx.app.inject({
      method: "PUT",
      url: `/api/designations/${id}/act-document`,
      headers: coordinator.headers,
      payload: { file: "x" },
    });
    expect(json.statusCode).toBe(415);
    expect(json.json()).toMatchObject({ code: "MULTIPART_REQUIRED" });

    const trikala = await signInAs(ctx, "trikala.officer");
    expect((await attach(trikala, id, pdfForm(tinyPdf(), "a.pdf", null))).statusCode).toBe(403);
    expect(
      (await attach(coordinator, "no-such", pdfForm(tinyPdf(), "a.pdf", null))).statusCode,
    ).toBe(404);
    expect((await download(coordinator, id)).statusCode).toBe(404);
    const row = await ctx.db.designation.findUniqueOrThrow({ where: { id } });
    expect(row.actDocumentId).toBeNull();
  });

  it("has no act to document when taken over from the accession declaration (409)", async () => {
    const coordinator = await signInAs(ctx, "coordinator");
    const taken = await ctx.db.designation.create({
      data: {
        municipalityId: "trikala",
        role: "representative",
        name: "Από τη δήλωση",
        email: "from.declaration@trikala.gr",
        from: "2024-06-17",
        to: "2024-06-18",
      },
    });
    const response = await attach(coordinator, taken.id, pdfForm(tinyPdf(), "a.pdf", null));
    expect(response.statusCode).toBe(409);
    expect(response.json()).toMatchObject({ code: "DESIGNATION_WITHOUT_ACT" });
  });

  it("writes nothing (no row, no link, no file) when the transaction fails before commit", async () => {
    const officer = await signInAs(ctx, "larissa.officer");
    const id = await designate(officer, "Νίκος Αναπληρωτής");
    const documents = await ctx.db.document.count();
    const files = storedFiles().length;
    let linkedInside: string | null = null;
    const failing = failingBeforeCommit(ctx.db, async (tx) => {
      linkedInside = (await tx.designation.findUniqueOrThrow({ where: { id } })).actDocumentId;
    });
    await expect(
      attachActDocument(failing, {
        actor: { ...officer.user, name: "Test officer" },
        id,
        pdf: { bytes: tinyPdf(), filename: "a.pdf" },
        documentsDir: ctx.documentsDir,
      }),
    ).rejects.toThrow(INJECTED_FAILURE);
    expect(linkedInside).toEqual(expect.any(String)); // it was written, then rolled back
    expect(await ctx.db.document.count()).toBe(documents);
    expect((await ctx.db.designation.findUniqueOrThrow({ where: { id } })).actDocumentId).toBe(
      null,
    );
    expect(storedFiles()).toHaveLength(files);
  });
});
