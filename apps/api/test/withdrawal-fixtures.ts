// Helpers for the withdrawal tests (not used by the app): each act through HTTP, as the
// portal's users do it.
import { tinyPdf } from "./accession-fixtures.ts";
import type { TestContext } from "./helpers.ts";

type Headers = Record<string, string>;

export function createDraft(
  ctx: TestContext,
  headers: Headers,
  municipalityId: string,
  councilDecision: { number: string; date: string; diavgeiaAda?: string } = {
    number: "57/2026",
    date: "2026-10-01",
  },
) {
  return ctx.app.inject({
    method: "POST",
    url: "/api/withdrawals",
    headers,
    payload: { municipalityId, councilDecision, reason: "Council decision to leave" },
  });
}

export function attachDeclaration(
  ctx: TestContext,
  headers: Headers,
  id: string,
  bytes = tinyPdf(),
) {
  const form = new FormData();
  form.append("kind", "withdrawal_declaration");
  form.append("file", new Blob([new Uint8Array(bytes)], { type: "application/pdf" }), "δήλωση.pdf");
  return ctx.app.inject({
    method: "POST",
    url: `/api/withdrawals/${id}/documents`,
    headers,
    payload: form,
  });
}

export function notify(ctx: TestContext, headers: Headers, id: string, notifiedOn?: string) {
  return ctx.app.inject({
    method: "POST",
    url: `/api/withdrawals/${id}/notify`,
    headers,
    payload: notifiedOn ? { notifiedOn } : {},
  });
}

/** The revocation: its decision's fields BEFORE the file (a PDF), as the SPA sends them. */
export function rescindForm(
  fields: { decisionNumber?: string; decisionDate?: string; diavgeiaAda?: string },
  bytes: Buffer | null = tinyPdf("revocation"),
) {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields))
    if (value !== undefined) form.append(name, value);
  if (bytes) {
    form.append(
      "file",
      new Blob([new Uint8Array(bytes)], { type: "application/pdf" }),
      "ανάκληση.pdf",
    );
  }
  return form;
}

export function rescind(ctx: TestContext, headers: Headers, id: string, form: FormData) {
  return ctx.app.inject({
    method: "POST",
    url: `/api/withdrawals/${id}/rescind`,
    headers,
    payload: form,
  });
}

/** Draft → declaration attached → notified on `notifiedOn` (a coordinator may date it back). */
export async function notifiedWithdrawal(
  ctx: TestContext,
  headers: Headers,
  municipalityId: string,
  notifiedOn?: string,
  decisionDate = notifiedOn ?? "2026-10-01",
) {
  const draft = await createDraft(ctx, headers, municipalityId, {
    number: `57/${decisionDate.slice(0, 4)}`,
    date: decisionDate,
  });
  if (draft.statusCode !== 201) throw new Error(`draft: ${draft.statusCode} ${draft.body}`);
  const id = draft.json().id as string;
  const attached = await attachDeclaration(ctx, headers, id);
  if (attached.statusCode !== 201)
    throw new Error(`attach: ${attached.statusCode} ${attached.body}`);
  const notified = await notify(ctx, headers, id, notifiedOn);
  if (notified.statusCode !== 200)
    throw new Error(`notify: ${notified.statusCode} ${notified.body}`);
  return notified.json() as { id: string; lastDayAsParty: string; effectiveOn: string };
}
