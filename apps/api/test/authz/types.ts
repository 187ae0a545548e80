import type { TestContext } from "../helpers.ts";

/**
 * The authorization matrix: for every /api route, what each kind of caller gets.
 * "Own" personas belong to OWN_MUNICIPALITY (the record's municipality), "other" ones to
 * OTHER_MUNICIPALITY. Each module adds a `<module>.rows.ts` file in this folder exporting
 * `rows: AuthzRow[]`; the test fails for any registered route without a row.
 */
export const OWN_MUNICIPALITY = "larissa";
export const OTHER_MUNICIPALITY = "trikala";
/** The seeded applicant (its accession submitted, not a party). */
export const APPLICANT_MUNICIPALITY = "serres";
/** A seeded member whose withdrawal the matrix makes effective before the rows run. */
export const FORMER_MUNICIPALITY = "tilos";

/** The e-mail of a persona's account (the designations of the matrix use them too). */
export const personaEmail = (persona: string) => `${persona.toLowerCase()}@matrix.cni`;

/**
 * - officerOwn/Other, representativeOwn/Other: verified accounts of a party; the
 *   representatives are their municipality's current designated representative.
 * - pendingOfficer: a self-registered officer of OWN_MUNICIPALITY no coordinator has
 *   verified: it sees nothing the municipality had and acts in nothing.
 * - applicantOfficer: a verified officer of APPLICANT_MUNICIPALITY (not a party).
 * - formerRepresentative: a representative account of OWN_MUNICIPALITY whose designation
 *   was replaced: read access only.
 * - representativeOfFormerMember: the designated representative of FORMER_MUNICIPALITY,
 *   whose withdrawal took effect.
 */
export const PERSONAS = [
  "anonymous",
  "coordinator",
  "officerOwn",
  "officerOther",
  "representativeOwn",
  "representativeOther",
  "pendingOfficer",
  "applicantOfficer",
  "formerRepresentative",
  "representativeOfFormerMember",
] as const;
export type Persona = (typeof PERSONAS)[number];

/**
 * "allowed": authorization let the request through (any status but 401/403; a 400, 404,
 * 409 or 422 from the handler is fine). A number: exactly that status (401, 403, or 404
 * when a record of another municipality must not even be revealed).
 */
export type Outcome = "allowed" | 401 | 403 | 404;

export type AuthzRequest = {
  url: string;
  payload?: unknown;
  headers?: Record<string, string>;
};

export type AuthzRow = {
  method: "GET" | "POST" | "PUT" | "PATCH" | "DELETE";
  /** The route pattern exactly as registered, e.g. "/api/municipalities/:id". */
  route: string;
  /**
   * Builds the concrete request, called once per persona before it is sent. Create the
   * record owned by OWN_MUNICIPALITY here (through ctx.db) so each persona gets a fresh one.
   */
  request: (ctx: TestContext, persona: Persona) => AuthzRequest | Promise<AuthzRequest>;
  expect: Record<Persona, Outcome>;
  /** The request ends the caller's session (logout, deactivation): sign in again after it. */
  endsSession?: boolean;
};

/** Shorthands for common expectation rows. */
export const everyone: Record<Persona, Outcome> = {
  anonymous: "allowed",
  coordinator: "allowed",
  officerOwn: "allowed",
  officerOther: "allowed",
  representativeOwn: "allowed",
  representativeOther: "allowed",
  pendingOfficer: "allowed",
  applicantOfficer: "allowed",
  formerRepresentative: "allowed",
  representativeOfFormerMember: "allowed",
};
export const signedIn: Record<Persona, Outcome> = { ...everyone, anonymous: 401 };
export const coordinatorOnly: Record<Persona, Outcome> = {
  anonymous: 401,
  coordinator: "allowed",
  officerOwn: 403,
  officerOther: 403,
  representativeOwn: 403,
  representativeOther: 403,
  pendingOfficer: 403,
  applicantOfficer: 403,
  formerRepresentative: 403,
  representativeOfFormerMember: 403,
};
/**
 * Members only (`access.partyMember`): a verified account of a party today, or a
 * coordinator. A former representative keeps read access; the others get 403.
 */
export const partyMembers: Record<Persona, Outcome> = {
  ...signedIn,
  pendingOfficer: 403,
  applicantOfficer: 403,
  representativeOfFormerMember: 403,
};
/** The new personas of a row whose old personas are spelled out (see the list above). */
export const noneOfTheNewPersonas = {
  pendingOfficer: 403,
  applicantOfficer: 403,
  formerRepresentative: 403,
  representativeOfFormerMember: 403,
} as const satisfies Partial<Record<Persona, Outcome>>;
