// Designations: the parties' representatives and alternates, as acts (issue 14).
import type { TestContext } from "../helpers.ts";
import {
  type AuthzRow,
  coordinatorOnly,
  noneOfTheNewPersonas,
  OWN_MUNICIPALITY,
  partyMembers,
  personaEmail,
} from "./types.ts";

/** A past alternate of OWN_MUNICIPALITY designated by an act without its document yet. */
async function pastAlternate(ctx: TestContext, withDocument = false) {
  const document = withDocument
    ? await ctx.db.document.create({
        data: {
          kind: "designation_act",
          filename: "act.pdf",
          size: 9,
          sha256: "0".repeat(64),
          storageKey: `matrix-act-${Math.random().toString(36).slice(2)}`,
        },
      })
    : null;
  return ctx.db.designation.create({
    data: {
      municipalityId: OWN_MUNICIPALITY,
      role: "alternate",
      name: "Past Alternate",
      email: "past.alternate@matrix.cni",
      from: "2025-01-10",
      to: "2025-02-10",
      actKind: "mayoral_decision",
      actNumber: "3/2025",
      actDate: "2025-01-09",
      actDocumentId: document?.id ?? null,
    },
  });
}

function actPdf() {
  const form = new FormData();
  form.append("file", new Blob(["%PDF-1.4\n%%EOF\n"], { type: "application/pdf" }), "act.pdf");
  return form;
}

export const rows: AuthzRow[] = [
  {
    method: "GET",
    route: "/api/municipalities/:id/designations",
    request: () => ({ url: `/api/municipalities/${OWN_MUNICIPALITY}/designations` }),
    expect: partyMembers,
  },
  {
    method: "PUT",
    route: "/api/municipalities/:id/designations/:role",
    // re-designates the matrix's own representative, so its powers hold for later rows
    request: () => ({
      url: `/api/municipalities/${OWN_MUNICIPALITY}/designations/representative`,
      payload: {
        name: "Representative Own",
        email: personaEmail("representativeOwn"),
        act: { kind: "mayoral_decision", number: "15/2025", date: "2025-03-01" },
      },
    }),
    expect: {
      anonymous: 401,
      coordinator: "allowed",
      officerOwn: "allowed",
      officerOther: 403,
      representativeOwn: 403,
      representativeOther: 403,
      ...noneOfTheNewPersonas,
    },
  },
  {
    method: "PUT",
    route: "/api/designations/:id/act-document",
    request: async (ctx) => ({
      url: `/api/designations/${(await pastAlternate(ctx)).id}/act-document`,
      payload: actPdf(),
    }),
    expect: {
      anonymous: 401,
      coordinator: "allowed",
      officerOwn: "allowed",
      officerOther: 403,
      representativeOwn: 403,
      representativeOther: 403,
      ...noneOfTheNewPersonas,
    },
  },
  {
    method: "GET",
    route: "/api/designations/:id/act-document",
    // the row has a document whose file is missing: 404 after authorization
    request: async (ctx) => ({
      url: `/api/designations/${(await pastAlternate(ctx, true)).id}/act-document`,
    }),
    expect: partyMembers,
  },
  {
    method: "POST",
    route: "/api/designations/invitations",
    // an unknown designation: 404 for the coordinator, nothing invited
    request: () => ({ url: "/api/designations/invitations", payload: { designationId: "none" } }),
    expect: coordinatorOnly,
  },
];
