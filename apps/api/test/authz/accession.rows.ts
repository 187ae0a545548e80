// Accessions, documents and notices (issue 4); designations are in designations.rows.ts.
import { randomBytes } from "node:crypto";
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { TestContext } from "../helpers.ts";
import {
  type AuthzRow,
  coordinatorOnly,
  type Outcome,
  OWN_MUNICIPALITY,
  type Persona,
  signedIn,
} from "./types.ts";

const declaration = {
  councilDecision: {
    number: "12/2025",
    session: "3",
    date: "2025-02-10",
    membersTotal: 27,
    membersPresent: 20,
    vote: "unanimous",
  },
  signatory: { name: "Δήμαρχος Δοκιμής", title: "Δήμαρχος" },
  representative: { name: "Rep Resentative", email: "rep@own.test" },
  alternate: { name: "Alt Ernate", email: "alt@own.test" },
};

/** A declaration of the own municipality, in the given status, written directly. */
async function accessionOf(ctx: TestContext, status: string) {
  return ctx.db.accession.create({
    data: {
      municipalityId: OWN_MUNICIPALITY,
      status,
      decisionNumber: "12/2025",
      decisionSession: "3",
      decisionDate: "2025-02-10",
      membersTotal: 27,
      membersPresent: 20,
      vote: "unanimous",
      signatoryName: "Δήμαρχος Δοκιμής",
      signatoryTitle: "Δήμαρχος",
      representativeName: "Rep Resentative",
      representativeEmail: "rep@own.test",
      alternateName: "Alt Ernate",
      alternateEmail: "alt@own.test",
      submittedOn: status === "draft" ? null : "2025-02-11",
    },
  });
}

/** A document (with its file) of a declaration of the own municipality. */
async function documentOf(ctx: TestContext, status: string) {
  const accession = await accessionOf(ctx, status);
  const storageKey = randomBytes(12).toString("hex");
  mkdirSync(ctx.documentsDir, { recursive: true });
  writeFileSync(path.join(ctx.documentsDir, storageKey), "%PDF-1.4\n%%EOF\n");
  const document = await ctx.db.document.create({
    data: {
      accessionId: accession.id,
      kind: "decision",
      filename: "απόφαση.pdf",
      size: 15,
      sha256: "0".repeat(64),
      storageKey,
    },
  });
  return { accession, document };
}

/** The municipality's officer (or a coordinator) may; representatives 403; others 404. */
const officerOwnOnly: Record<Persona, Outcome> = {
  anonymous: 401,
  coordinator: "allowed",
  officerOwn: "allowed",
  officerOther: 404,
  representativeOwn: 403,
  representativeOther: 403,
  pendingOfficer: 403,
  applicantOfficer: 404,
  formerRepresentative: 403,
  representativeOfFormerMember: 403,
};
/** A draft's own routes let a pending officer in, to its own draft only: others' are 404. */
const draftOfOwnOfficer: Record<Persona, Outcome> = { ...officerOwnOnly, pendingOfficer: 404 };

/** Anyone of the municipality (and coordinators) may read; other municipalities 404. */
const ownMunicipalityRead: Record<Persona, Outcome> = {
  anonymous: 401,
  coordinator: "allowed",
  officerOwn: "allowed",
  officerOther: 404,
  representativeOwn: "allowed",
  representativeOther: 404,
  // registered after the record was made: never shown it
  pendingOfficer: 404,
  applicantOfficer: 404,
  formerRepresentative: "allowed",
  representativeOfFormerMember: 404,
};

function pdfForm() {
  const form = new FormData();
  form.append("kind", "decision");
  form.append("file", new Blob(["%PDF-1.4\n%%EOF\n"], { type: "application/pdf" }), "a.pdf");
  return form;
}

export const rows: AuthzRow[] = [
  {
    method: "POST",
    route: "/api/accessions",
    // the own municipality is a member: allowed callers get a 409, others never get that far
    request: () => ({
      url: "/api/accessions",
      payload: { municipalityId: OWN_MUNICIPALITY, ...declaration },
    }),
    expect: {
      anonymous: 401,
      coordinator: "allowed",
      officerOwn: "allowed",
      officerOther: 403,
      representativeOwn: 403,
      representativeOther: 403,
      // drafting is what a pending officer may do (here the municipality is a party: 409)
      pendingOfficer: "allowed",
      applicantOfficer: 403,
      formerRepresentative: 403,
      representativeOfFormerMember: 403,
    },
  },
  {
    method: "GET",
    route: "/api/accessions",
    request: () => ({ url: "/api/accessions" }),
    expect: signedIn,
  },
  {
    method: "GET",
    route: "/api/accessions/:id",
    request: async (ctx) => ({
      url: `/api/accessions/${(await accessionOf(ctx, "submitted")).id}`,
    }),
    expect: ownMunicipalityRead,
  },
  {
    method: "PATCH",
    route: "/api/accessions/:id",
    request: async (ctx) => ({
      url: `/api/accessions/${(await accessionOf(ctx, "draft")).id}`,
      payload: { remarks: "edited" },
    }),
    expect: draftOfOwnOfficer,
  },
  {
    method: "POST",
    route: "/api/accessions/:id/submit",
    request: async (ctx) => ({
      url: `/api/accessions/${(await accessionOf(ctx, "draft")).id}/submit`,
    }),
    expect: officerOwnOnly,
  },
  {
    method: "POST",
    route: "/api/accessions/:id/withdraw",
    request: async (ctx) => ({
      url: `/api/accessions/${(await accessionOf(ctx, "submitted")).id}/withdraw`,
    }),
    expect: officerOwnOnly,
  },
  {
    method: "POST",
    route: "/api/accessions/:id/return",
    request: async (ctx) => ({
      url: `/api/accessions/${(await accessionOf(ctx, "submitted")).id}/return`,
      payload: {
        defects: ["document_missing_or_illegible"],
        note: "Please attach the signed page.",
      },
    }),
    expect: coordinatorOnly,
  },
  {
    method: "POST",
    route: "/api/accessions/:id/notify",
    // the own municipality is already a party: the coordinator gets a 409, not a 403
    request: async (ctx) => ({
      url: `/api/accessions/${(await accessionOf(ctx, "submitted")).id}/notify`,
      payload: {},
    }),
    expect: coordinatorOnly,
  },
  {
    method: "POST",
    route: "/api/accessions/:id/documents",
    request: async (ctx) => ({
      url: `/api/accessions/${(await accessionOf(ctx, "draft")).id}/documents`,
      payload: pdfForm(),
    }),
    expect: draftOfOwnOfficer,
  },
  {
    method: "DELETE",
    route: "/api/accessions/:id/documents/:documentId",
    request: async (ctx) => {
      const { accession, document } = await documentOf(ctx, "draft");
      return { url: `/api/accessions/${accession.id}/documents/${document.id}` };
    },
    expect: draftOfOwnOfficer,
  },
  {
    method: "GET",
    route: "/api/documents/:id",
    request: async (ctx) => ({
      url: `/api/documents/${(await documentOf(ctx, "submitted")).document.id}`,
    }),
    expect: ownMunicipalityRead,
  },
  {
    method: "GET",
    route: "/api/notices",
    request: () => ({ url: "/api/notices" }),
    // a verified account's own municipality's inbox, party or not (decision 090)
    expect: { ...signedIn, pendingOfficer: 403 },
  },
  {
    method: "POST",
    route: "/api/notices/:id/acknowledge",
    request: async (ctx) => {
      const notice = await ctx.db.notice.create({
        data: {
          kind: "accession",
          event: "notified",
          subjectMunicipalityId: "serres",
          recipientMunicipalityId: OWN_MUNICIPALITY,
        },
      });
      return { url: `/api/notices/${notice.id}/acknowledge` };
    },
    expect: {
      anonymous: 401,
      coordinator: 403,
      officerOwn: "allowed",
      officerOther: 404,
      representativeOwn: "allowed",
      representativeOther: 404,
      pendingOfficer: 403,
      applicantOfficer: 404,
      // acknowledging is a power of the current designation (lib/powers.ts)
      formerRepresentative: 403,
      representativeOfFormerMember: 404,
    },
  },
];
