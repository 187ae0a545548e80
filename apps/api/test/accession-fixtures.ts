// Helpers for the accession, document, notice and designation tests (not used by the app).

import { normalizeForSearch } from "@cni/domain/text";
import type { App } from "../src/app.ts";
import type { Db } from "../src/db/client.ts";
import { signInAs } from "./fixtures/personas.ts";
import type { TestContext } from "./helpers.ts";

/** A small but well-formed PDF (one empty page), with correct xref offsets. */
export function tinyPdf(text = "CNI test"): Buffer {
  const objects = [
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] /Contents 4 0 R >>`,
  ];
  const stream = `BT /F1 12 Tf 20 100 Td (${text.replace(/[()\\]/g, "")}) Tj ET`;
  objects.push(`<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`);
  let body = "%PDF-1.4\n";
  const offsets: number[] = [];
  objects.forEach((object, i) => {
    offsets.push(Buffer.byteLength(body, "latin1"));
    body += `${i + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = Buffer.byteLength(body, "latin1");
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) body += `${String(offset).padStart(10, "0")} 00000 n \n`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, "latin1");
}

/**
 * A valid declaration: a council decision within the rules (quorum and majority at the
 * item's vote), the signatory, and both persons (optional at submission).
 */
export function validDeclaration(overrides: Record<string, unknown> = {}) {
  return {
    councilDecision: {
      number: "45/2025",
      session: "7η τακτική",
      date: "2025-03-12",
      membersTotal: 33,
      membersPresentAtOpening: 29,
      membersPresent: 27,
      agendaItem: "3",
      vote: "majority",
      votesFor: 22,
      votesAgainst: 4,
      votesBlank: 1,
      diavgeiaAda: "Ψ4ΚΡΩΛ7-ΒΦΗ",
    },
    signatory: { name: "Γιώργος Παπαδόπουλος", title: "Δήμαρχος" },
    representative: {
      name: "Ελένη Νικολάου",
      email: "eleni@example.gr",
      phone: "+30 2461 350000",
      position: "Αντιδήμαρχος Κοινωνικής Πολιτικής",
    },
    alternate: { name: "Νίκος Γεωργίου", email: "nikos@example.gr" },
    ...overrides,
  };
}

/** The declaration without representative and alternate (to be designated once a party). */
export function declarationWithoutPersons() {
  const { representative: _r, alternate: _a, ...rest } = validDeclaration();
  return rest;
}

let counter = 0;
/** A municipality that is not a member (no period, no declaration). */
export async function createMunicipality(db: Db, id = `testville-${++counter}`) {
  const nameEl = `Δοκιμών ${counter}`;
  const nameEn = `Testville ${counter}`;
  return db.municipality.create({
    data: {
      id,
      nameEl,
      nameEn,
      searchText: normalizeForSearch(`${nameEl} ${nameEn}`),
      region: "Δυτική Μακεδονία",
      regionEn: "Western Macedonia",
      regionalUnit: "Κοζάνη",
      regionalUnitEn: "Kozani",
      lat: 40.3,
      lon: 21.79,
    },
  });
}

/** A multipart body with an optional `kind` field then one file. */
export function pdfForm(
  bytes: Buffer,
  filename = "decision.pdf",
  kind: string | null = "decision",
  type = "application/pdf",
) {
  const form = new FormData();
  if (kind !== null) form.append("kind", kind);
  form.append("file", new Blob([new Uint8Array(bytes)], { type }), filename);
  return form;
}

export async function upload(
  app: App,
  headers: Record<string, string>,
  accessionId: string,
  form: FormData,
) {
  return app.inject({
    method: "POST",
    url: `/api/accessions/${accessionId}/documents`,
    headers,
    payload: form,
  });
}

// ---------------------------------------------------------------------------------------
// Acting through HTTP

type Headers = Record<string, string>;

export function postAccession(app: App, headers: Headers | null, body: unknown) {
  return app.inject({
    method: "POST",
    url: "/api/accessions",
    headers: headers ?? {},
    payload: body as Record<string, unknown>,
  });
}

/** POST /api/accessions/:id/<action> (submit, return, notify, withdraw). */
export function actOn(
  app: App,
  headers: Headers | null,
  id: string,
  action: string,
  payload: unknown = {},
) {
  return app.inject({
    method: "POST",
    url: `/api/accessions/${id}/${action}`,
    headers: headers ?? {},
    payload: payload as Record<string, unknown>,
  });
}

export function getAs(app: App, headers: { cookie: string } | null, url: string) {
  return app.inject({ method: "GET", url, headers: headers ? { cookie: headers.cookie } : {} });
}

/** A municipality that is not a party, with a signed-in officer and representative. */
export async function applicant(ctx: TestContext) {
  const municipality = await createMunicipality(ctx.db);
  const officer = await signInAs(ctx, { role: "officer", municipalityId: municipality.id });
  const representative = await signInAs(ctx, {
    role: "representative",
    municipalityId: municipality.id,
  });
  return { municipality, officer, representative };
}

/** A declaration with its council decision's document, submitted by the officer. */
export async function submittedAccession(
  ctx: TestContext,
  body: Record<string, unknown> = validDeclaration(),
) {
  const a = await applicant(ctx);
  const created = await postAccession(ctx.app, a.officer.headers, {
    municipalityId: a.municipality.id,
    ...body,
  });
  if (created.statusCode !== 201) throw new Error(`create: ${created.body}`);
  const id = created.json().id as string;
  const uploaded = await upload(ctx.app, a.officer.headers, id, pdfForm(tinyPdf()));
  if (uploaded.statusCode !== 201) throw new Error(`upload: ${uploaded.body}`);
  const submitted = await actOn(ctx.app, a.officer.headers, id, "submit");
  if (submitted.statusCode !== 200) throw new Error(`submit: ${submitted.body}`);
  return { ...a, id };
}

/** How many parties (members and withdrawing members) there are today. */
export async function partiesToday(app: App): Promise<number> {
  return (await getAs(app, null, "/api/municipalities?status=member,withdrawing")).json().total;
}
