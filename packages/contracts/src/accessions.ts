// Accession declarations: the shapes shared by the API (validation, OpenAPI) and the SPA
// (the declaration form). The council-decision rules come from @cni/domain and are applied
// the same way on both sides: `councilDecisionProblems` lists them with the path of the
// field each one belongs to; the form schema adds them as zod issues (superRefine), the API
// answers them with a 422.
import { ACCESSION_DEFECTS } from "@cni/domain/accession-status";
import { type CouncilDecisionCode, validateCouncilDecision } from "@cni/domain/council-decision";
import { athensToday } from "@cni/domain/dates";
import { z } from "zod";
import { instant, isoDate } from "./common.ts";
import { accessionStatus } from "./enums.ts";

export const VOTES = ["unanimous", "majority"] as const;
export { ACCESSION_DEFECTS };
export const accessionDefect = z.enum(ACCESSION_DEFECTS);
export type AccessionDefect = z.infer<typeof accessionDefect>;
export const DOCUMENT_KINDS = ["decision", "signed_mou", "other"] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

/** Largest accepted upload (also the multipart limit of the API). */
export const MAX_DOCUMENT_BYTES = 10 * 1024 * 1024;

const text = (max: number) => z.string().trim().min(1).max(max);
/** Optional text: an empty string (an empty form field) means "not given". */
const optionalText = (max: number) => z.string().trim().max(max).nullish();

export const person = z.object({
  name: text(200),
  email: z.string().trim().toLowerCase().max(254).pipe(z.email()),
  phone: z
    .string()
    .trim()
    .max(40)
    .regex(/^[+0-9 ()./-]*$/, "Only digits, spaces and + ( ) . / -")
    .nullish(),
  position: optionalText(200),
});
export type Person = z.infer<typeof person>;
export type PersonInput = z.input<typeof person>;

const count = z.number().int().min(0).max(1000);

/** The council decision's fields, without the rules across fields (see councilDecision). */
export const councilDecisionFields = z.object({
  /** "N/YYYY", e.g. "210/2024". */
  number: text(30),
  /** The session, e.g. "26" or "26η τακτική". */
  session: text(100),
  date: isoDate,
  membersTotal: z.number().int().min(1).max(1000),
  /** Present when the session opened, if known. */
  membersPresentAtOpening: count.nullish(),
  /** Present at the vote on this agenda item: quorum and majority are judged on it. */
  membersPresent: count,
  /** The agenda item, e.g. "5". */
  agendaItem: optionalText(30),
  vote: z.enum(VOTES),
  votesFor: count.nullish(),
  votesAgainst: count.nullish(),
  votesBlank: count.nullish(),
  /** A tie decided by the chair's casting vote. */
  castingVote: z.boolean().nullish(),
  /** Diavgeia posting code (ΑΔΑ), e.g. "Ψ4ΚΡΩΛ7-ΒΦΗ"; its shape is a rule (ADA_INVALID). */
  diavgeiaAda: optionalText(50),
});
export type CouncilDecision = z.infer<typeof councilDecisionFields>;

export type RuleProblem = { path: string; message: string; code: CouncilDecisionCode };

/**
 * The council-decision rules (@cni/domain/council-decision) as problems whose path names
 * the field, prefixed (e.g. "councilDecision.membersPresent").
 */
export function councilDecisionProblems(
  d: CouncilDecision,
  today: string = athensToday(),
  prefix = "councilDecision",
): RuleProblem[] {
  return validateCouncilDecision(d, today).map((issue) => ({
    path: prefix ? `${prefix}.${issue.field}` : issue.field,
    message: issue.message,
    code: issue.code,
  }));
}

/** The council decision with its rules: what the form validates. */
export const councilDecision = councilDecisionFields.superRefine((d, ctx) => {
  for (const problem of councilDecisionProblems(d, athensToday(), "")) {
    ctx.addIssue({
      code: "custom",
      path: [problem.path],
      message: problem.message,
      params: { code: problem.code },
    });
  }
});

export const signatory = z.object({ name: text(200), title: text(200) });
export type Signatory = z.infer<typeof signatory>;

/** A declaration's content. Only the council decision is needed for a draft. */
export const declarationParts = {
  councilDecision: councilDecisionFields,
  signatory: signatory.optional(),
  representative: person.nullish(),
  alternate: person.nullish(),
  remarks: optionalText(2000),
};

/** POST /api/accessions: creates a draft. */
export const createAccessionBody = z.object({
  municipalityId: z.string().min(1).max(100),
  ...declarationParts,
});
export type CreateAccessionBody = z.input<typeof createAccessionBody>;

/** PATCH /api/accessions/:id: each part given replaces the stored one. */
export const updateAccessionBody = z.object({
  councilDecision: councilDecisionFields.optional(),
  signatory: signatory.optional(),
  representative: person.nullish(),
  alternate: person.nullish(),
  remarks: optionalText(2000),
});
export type UpdateAccessionBody = z.input<typeof updateAccessionBody>;

/**
 * Whether the representative and the alternate are the same person (same e-mail, or the
 * same name written the same way): a party designates two different people.
 */
export function samePerson(
  a: { name?: string | null; email?: string | null } | null | undefined,
  b: { name?: string | null; email?: string | null } | null | undefined,
): boolean {
  if (!a || !b) return false;
  const norm = (v?: string | null) =>
    (v ?? "").normalize("NFD").replace(/\p{M}/gu, "").trim().toLowerCase().replace(/\s+/g, " ");
  return (
    (norm(a.email) !== "" && norm(a.email) === norm(b.email)) ||
    (norm(a.name) !== "" && norm(a.name) === norm(b.name))
  );
}

/**
 * The complete declaration, with the council-decision rules: what the form checks at the
 * end. The representative and alternate are optional: designating them is a duty of a
 * party, not a condition of joining.
 */
export const accessionDeclaration = z
  .object({
    councilDecision,
    signatory,
    representative: person.nullish(),
    alternate: person.nullish(),
  })
  .superRefine((d, ctx) => {
    if (samePerson(d.representative, d.alternate)) {
      ctx.addIssue({
        code: "custom",
        path: ["alternate", "email"],
        message: "The representative and the alternate must be different people",
        params: { code: "SAME_PERSON" },
      });
    }
  });
export type AccessionDeclaration = z.infer<typeof accessionDeclaration>;

/** POST /api/accessions/:id/return: only for listed formal defects, with a note. */
export const returnAccessionBody = z.object({
  defects: z.array(accessionDefect).min(1).max(ACCESSION_DEFECTS.length),
  note: text(4000),
});
export type ReturnAccessionBody = z.input<typeof returnAccessionBody>;

/** POST /api/accessions/:id/notify: circulate to the parties (default today, Athens). */
export const notifyAccessionBody = z.object({ notifiedOn: isoDate.optional() });
export type NotifyAccessionBody = z.input<typeof notifyAccessionBody>;

export const accessionListQuery = z.object({
  status: z.union([accessionStatus, z.literal("")]).optional(),
  municipalityId: z.string().max(100).optional(),
});

export const documentKind = z.enum([...DOCUMENT_KINDS, "withdrawal_declaration"]);

export const documentInfo = z
  .object({
    id: z.string(),
    kind: documentKind,
    filename: z.string(),
    size: z.number().int(),
    sha256: z.string(),
    createdAt: instant,
  })
  .meta({ id: "Document" });
export type DocumentInfo = z.infer<typeof documentInfo>;

/** What the secretariat checks before circulating, computed by the API from the rules. */
export const accessionChecks = z.object({
  quorumNeeded: z.number().int(),
  quorumMet: z.boolean(),
  presentWithinTotal: z.boolean(),
  votesValid: z.boolean(),
  decisionNumberValid: z.boolean(),
  decisionDateValid: z.boolean(),
  adaValid: z.boolean(),
  hasDocument: z.boolean(),
  hasDecisionDocument: z.boolean(),
  hasRepresentative: z.boolean(),
  hasAlternate: z.boolean(),
  hasSignatory: z.boolean(),
  problems: z.array(z.object({ path: z.string(), message: z.string(), code: z.string() })),
});
export type AccessionChecks = z.infer<typeof accessionChecks>;

export const acknowledgement = z.object({
  noticeId: z.string(),
  recipientMunicipalityId: z.string(),
  recipientNameEl: z.string(),
  recipientNameEn: z.string(),
  sentAt: instant,
  acknowledgedAt: instant.nullable(),
  acknowledgedBy: z.string().nullable(),
});

export const accession = z
  .object({
    id: z.string(),
    municipalityId: z.string(),
    municipality: z.object({ id: z.string(), nameEl: z.string(), nameEn: z.string() }),
    status: accessionStatus,
    councilDecision: councilDecisionFields.extend({
      membersPresentAtOpening: z.number().int().nullable(),
      agendaItem: z.string().nullable(),
      votesFor: z.number().int().nullable(),
      votesAgainst: z.number().int().nullable(),
      votesBlank: z.number().int().nullable(),
      castingVote: z.boolean(),
      diavgeiaAda: z.string().nullable(),
    }),
    signatory: signatory.nullable(),
    representative: person.nullable(),
    alternate: person.nullable(),
    remarks: z.string().nullable(),
    /** The formal defects it was last returned for, and the secretariat's note. */
    returnDefects: z.array(accessionDefect),
    returnNote: z.string().nullable(),
    /** When it was last returned (null if never). */
    returnedAt: instant.nullable(),
    submittedOn: isoDate.nullable(),
    submittedAt: instant.nullable(),
    /** The day it was circulated to the parties: a party from this day. */
    notifiedOn: isoDate.nullable(),
    notifiedAt: instant.nullable(),
    closedOn: isoDate.nullable(),
    createdAt: instant,
    updatedAt: instant,
    documents: z.array(documentInfo),
    checks: accessionChecks,
    /** Coordinators only, once notified: which parties received it and who acknowledged. */
    notices: z
      .object({
        total: z.number().int(),
        acknowledged: z.number().int(),
        items: z.array(acknowledgement),
      })
      .nullable(),
  })
  .meta({ id: "Accession" });
export type Accession = z.infer<typeof accession>;

/** The answer to notify: the declaration and how many parties were sent a notice. */
export const notifiedAccession = accession
  .extend({ noticesSent: z.number().int() })
  .meta({ id: "NotifiedAccession" });
export type NotifiedAccession = z.infer<typeof notifiedAccession>;

export const accessionList = z.object({ items: z.array(accession), total: z.number().int() });
export type AccessionList = z.infer<typeof accessionList>;

export const documentParams = z.object({
  id: z.string().min(1).max(100),
  documentId: z.string().min(1).max(100),
});
