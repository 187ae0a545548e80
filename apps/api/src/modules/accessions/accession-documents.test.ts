import { createHash } from "node:crypto";
import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  actOn,
  applicant,
  getAs,
  pdfForm,
  postAccession,
  tinyPdf,
  upload,
  validDeclaration,
} from "../../../test/accession-fixtures.ts";
import { type SignedIn, signInAs } from "../../../test/fixtures/personas.ts";
import { createTestApp, type TestContext } from "../../../test/helpers.ts";

// The declaration's documents: POST /api/accessions/:id/documents (upload-accession-document
// in routes.ts, through documents/store.ts) and delete-accession-document.ts.

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

const post = (agent: SignedIn, body: unknown) => postAccession(ctx.app, agent.headers, body);
const get = (agent: SignedIn | null, url: string) => getAs(ctx.app, agent, url);
const act = (agent: SignedIn, id: string, action: string) =>
  actOn(ctx.app, agent.headers, id, action);

describe("documents", () => {
  it("stores a PDF with its sha256 outside any served folder and serves it to allowed users only", async () => {
    const { municipality, officer, representative } = await applicant(ctx);
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
    const { municipality, officer } = await applicant(ctx);
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
    const { municipality, officer } = await applicant(ctx);
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
    const { municipality, officer } = await applicant(ctx);
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
    const { municipality, officer, representative } = await applicant(ctx);
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
    const { municipality, officer } = await applicant(ctx);
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
