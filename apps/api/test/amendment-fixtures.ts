// Helpers for the amendment tests (not used by the app).
import { tinyPdf } from "./accession-fixtures.ts";
import { type SignedIn, signInAs } from "./fixtures/personas.ts";
import type { TestContext } from "./helpers.ts";

export const proposal = {
  title: "Αξιολόγηση κάθε χρόνο",
  clause: "art-5",
  proposedText: "Η αξιολόγηση της πορείας της συνεργασίας θα πραγματοποιείται ετησίως.",
  rationale: "Η διετία είναι μεγάλο διάστημα για τις ανάγκες των δήμων.",
};

/** Makes `email` the municipality's current designation of `role` from `from`. */
export async function designate(
  ctx: TestContext,
  municipalityId: string,
  email: string,
  role: "representative" | "alternate" = "representative",
  from = "2024-06-17",
) {
  await ctx.db.designation.updateMany({
    where: { municipalityId, role, to: null },
    data: { to: from },
  });
  return ctx.db.designation.create({
    data: { municipalityId, role, name: `Designated ${role}`, email, from },
  });
}

/** A new representative account of the municipality, designated, signed in. */
export async function designatedRepresentative(
  ctx: TestContext,
  municipalityId: string,
  role: "representative" | "alternate" = "representative",
): Promise<SignedIn> {
  const agent = await signInAs(ctx, { role: "representative", municipalityId });
  await designate(ctx, municipalityId, agent.user.email, role);
  return agent;
}

export async function propose(ctx: TestContext, agent: SignedIn, body: object = proposal) {
  const response = await ctx.app.inject({
    method: "POST",
    url: "/api/amendments",
    headers: agent.headers,
    payload: body,
  });
  if (response.statusCode !== 201) throw new Error(`propose: ${response.body}`);
  return response.json() as { id: string; status: string };
}

export async function circulate(ctx: TestContext, id: string) {
  const coordinator = await signInAs(ctx, "coordinator");
  const response = await ctx.app.inject({
    method: "POST",
    url: `/api/amendments/${id}/circulate`,
    headers: coordinator.headers,
  });
  if (response.statusCode !== 200) throw new Error(`circulate: ${response.body}`);
  return response.json() as { parties: { municipalityId: string }[] };
}

/** The multipart body of an answer; leave a field out with `null`. */
export function answerForm(
  fields: Partial<
    Record<"answer" | "decisionNumber" | "decisionDate" | "diavgeiaAda", string | null>
  >,
  file: Buffer | null = tinyPdf(),
) {
  const values = {
    answer: "consent",
    decisionNumber: "12/2026",
    decisionDate: "2026-11-25",
    ...fields,
  };
  const form = new FormData();
  for (const [key, value] of Object.entries(values)) {
    if (value !== null && value !== undefined) form.append(key, value);
  }
  if (file)
    form.append(
      "file",
      new Blob([new Uint8Array(file)], { type: "application/pdf" }),
      "απόφαση.pdf",
    );
  return form;
}

export function answer(
  ctx: TestContext,
  agent: SignedIn,
  id: string,
  municipalityId: string,
  form: FormData = answerForm({}),
) {
  return ctx.app.inject({
    method: "PUT",
    url: `/api/amendments/${id}/consents/${municipalityId}`,
    headers: agent.headers,
    payload: form,
  });
}
