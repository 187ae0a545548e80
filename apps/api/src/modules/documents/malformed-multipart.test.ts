// Issue 13 items 10 and 12: a malformed multipart body (no boundary, a truncated part, a
// broken part header) is a 400 problem+json, never a 500; a stored document is owner-only.
import { statSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  applicant,
  pdfForm,
  postAccession,
  tinyPdf,
  upload,
  validDeclaration,
} from "../../../test/accession-fixtures.ts";
import { createTestApp, type TestContext } from "../../../test/helpers.ts";

let ctx: TestContext;
let url: string;
let headers: Record<string, string>;
beforeAll(async () => {
  ctx = await createTestApp();
  const { municipality, officer } = await applicant(ctx);
  const created = await postAccession(ctx.app, officer.headers, {
    municipalityId: municipality.id,
    ...validDeclaration(),
  });
  expect(created.statusCode).toBe(201);
  url = `/api/accessions/${created.json().id}/documents`;
  headers = officer.headers;
});
afterAll(async () => {
  await ctx.app.close();
});

const send = (contentType: string, payload: string | Buffer) =>
  ctx.app.inject({
    method: "POST",
    url,
    headers: { ...headers, "content-type": contentType },
    payload,
  });

const part = (boundary: string, body: string) =>
  `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="a.pdf"\r\nContent-Type: application/pdf\r\n\r\n${body}`;

describe("malformed multipart bodies", () => {
  it.each([
    ["no boundary", "multipart/form-data", part("x", "%PDF-1.4\n%%EOF\r\n--x--\r\n")],
    ["a truncated part", "multipart/form-data; boundary=x", part("x", "%PDF-1.4\n%%E")],
    [
      "a broken part header",
      "multipart/form-data; boundary=x",
      `--x\r\nContent-Disposition form-data broken\r\n\r\nabc\r\n--x--\r\n`,
    ],
    ["no closing delimiter", "multipart/form-data; boundary=x", part("x", "%PDF-1.4\n%%EOF\r\n")],
    ["an empty body", "multipart/form-data; boundary=x", ""],
  ])("%s → 400 problem+json", async (_name, contentType, payload) => {
    const response = await send(contentType, payload);
    expect(response.statusCode).toBe(400);
    expect(response.headers["content-type"]).toContain("application/problem+json");
    expect(response.json().status).toBe(400);
  });
});

describe("stored documents", () => {
  it("are written owner-only (0600)", async () => {
    const response = await upload(ctx.app, headers, url.split("/")[3]!, pdfForm(tinyPdf("perm")));
    expect(response.statusCode).toBe(201);
    const row = await ctx.db.document.findFirstOrThrow({ orderBy: { createdAt: "desc" } });
    const mode = statSync(path.join(ctx.documentsDir, row.storageKey)).mode & 0o777;
    expect(mode).toBe(0o600);
  });
});
