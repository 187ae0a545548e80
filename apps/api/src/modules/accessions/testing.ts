// Helpers for the accession, document, notice and designation tests (not used by the app).

import { normalizeForSearch } from "@cni/domain/text";
import type { App } from "../../app.ts";
import type { Db } from "../../db/client.ts";

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

/** A valid declaration (council decision within the rules, signatory, both persons). */
export function validDeclaration(overrides: Record<string, unknown> = {}) {
  return {
    councilDecision: {
      number: "45/2025",
      session: "7η τακτική",
      date: "2025-03-12",
      membersTotal: 33,
      membersPresent: 27,
      vote: "majority",
      votesFor: 22,
      diavgeiaAda: "ΨΑ1Β46ΜΓ2Ξ-ΑΒΓ",
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
