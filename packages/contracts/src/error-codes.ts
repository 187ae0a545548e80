// Every stable `code` an API error (application/problem+json) can carry, in one place.
// The API's error helpers (apps/api/src/lib/errors.ts) accept only these, so a typo is a
// compile error; the web maps them to messages (`errors.code.<CODE>` in the locale files).
// Field errors (`errors[].code`) may also carry zod's issue codes (e.g. "too_small").
//
// Adding a code: add it to the group it belongs to, with the status it is answered with.

export const ERROR_CODES = [
  // any module
  "BAD_REQUEST", // 400: Fastify's own (malformed JSON, bad URL)
  "VALIDATION_FAILED", // 400: the body/query/params do not match the schema
  "UNAUTHORIZED", // 401
  "FORBIDDEN", // 403
  "NOT_FOUND", // 404
  "RATE_LIMITED", // 429
  "INTERNAL", // 500: details hidden
  "UNAVAILABLE", // 503
  "NETWORK_ERROR", // the web's own, when no answer arrived

  // reliability (plugins/under-pressure.ts, plugins/errors.ts)
  "OVERLOADED", // 503
  "SHUTTING_DOWN", // 503
  "DATABASE_BUSY", // 503

  // sessions, sign-in, security
  "ACCOUNT_LOCKED", // 429
  "CSRF_TOKEN_INVALID", // 403
  "WEAK_PASSWORD", // 422: common, breached-pattern or personal password (errors[].code says why)
  "CURRENT_PASSWORD_WRONG", // 422: changing the password needs the current one
  "RESET_TOKEN_INVALID", // 409: unknown, used or expired password-reset link
  "PASSWORD_RESET_UNAVAILABLE", // 404: no SMTP configured, so no reset by e-mail
  "NOT_VERIFIED", // 403: a pending officer acting beyond its own draft
  "NOT_DESIGNATED", // 403: a power of the current representative/alternate
  "VIEW_AS_READ_ONLY", // 403: a coordinator viewing as another user changes nothing
  "VIEW_AS_TARGET_INVALID", // 422: only an active officer's or representative's view

  // users, registrations, invitations, designations
  "EMAIL_TAKEN", // 409
  "CANNOT_DEACTIVATE_SELF", // 409
  "USER_DEACTIVATED", // 409
  "APPLICANT_OFFICER", // 409/422
  "ALREADY_VERIFIED", // 409
  "MUNICIPALITY_NOT_FOUND", // 404/422
  "MUNICIPALITY_EXISTS", // 409
  "MUNICIPALITY_HAS_OFFICER", // 409
  "MUNICIPALITY_IS_MEMBER", // 409
  "UNKNOWN_MUNICIPALITY", // 422 (field error)
  "INVITATION_USED", // 409
  "INVITATION_EXPIRED", // 409
  "INVITATION_REVOKED", // 409
  "SAME_PERSON", // 422: representative and alternate are different people
  "DESIGNATION_WITHOUT_ACT", // 409: taken over from an accession declaration: no act to document
  "ACT_DOCUMENT_EXISTS", // 409: the designation's act already has its document

  // council decisions and dates (packages/domain/src/council-decision.ts)
  "PRESENT_EXCEEDS_TOTAL", // 422
  "QUORUM_NOT_MET", // 422
  "VOTES_INVALID", // 422
  "DECISION_IN_FUTURE", // 422
  "DECISION_NUMBER_INVALID", // 422
  "ADA_INVALID", // 422: not the shape of a Diavgeia ΑΔΑ

  // party / membership rules
  "NOT_A_MEMBER", // 422
  "NOT_A_PARTY", // 409: not a party to the MoU on that day (apps/api/src/lib/parties.ts assertParty)
  "ALREADY_MEMBER", // 409

  // documents
  "MULTIPART_REQUIRED", // 415
  "MALFORMED_MULTIPART", // 400: no boundary, a truncated part, a broken part header
  "FILE_REQUIRED", // 400
  "INVALID_KIND", // 400
  "NOT_A_PDF", // 415
  "FILE_TOO_LARGE", // 413
  "TOO_MANY_FILES", // 413
  "DOCUMENT_REQUIRED", // 422: the act needs its signed document first

  // accessions
  "INVALID_TRANSITION", // 409
  "NOT_EDITABLE", // 409
  "OPEN_DECLARATION_EXISTS", // 409
  "DECLARATION_INCOMPLETE", // 422
  "NOTIFIED_IN_FUTURE", // 422
  "NOTIFIED_BEFORE_DECISION", // 422
  "DEFECTS_REQUIRED", // 422: returning a declaration names its formal defects

  // withdrawals
  "DECLARED_IN_FUTURE", // 422
  "NOTIFIED_BEFORE_DECLARED", // 422
  "NOTIFIED_IN_PAST_COORDINATOR_ONLY", // 422
  "WITHDRAWAL_PENDING", // 409
  "WITHDRAWAL_OVERLAPS", // 409
  "WITHDRAWAL_ALREADY_EFFECTIVE", // 409
  "WITHDRAWAL_ALREADY_RESCINDED", // 409
  "WITHDRAWAL_NOT_DRAFT", // 409: only a draft is edited, documented or notified
  "WITHDRAWAL_NOT_NOTIFIED", // 409: a draft is not rescinded (it was never notified)
  "RESCISSION_BEFORE_DECISION", // 422: the revoking decision predates the decision to withdraw

  // amendments
  "UNKNOWN_CLAUSE", // 422
  "AMENDMENT_CLOSED", // 409
  "AMENDMENT_TRANSITION_NOT_ALLOWED", // 409
  "AMENDMENT_NOT_CIRCULATED", // 409
  "ALREADY_ANSWERED", // 409: the same answer again (a change of answer is a new decision)
  "OUTCOME_REACHED", // 409: adopted or not adopted: answers are closed
  "DECISION_BEFORE_PREVIOUS", // 422: a change of answer is dated before the decision it replaces
  "DECISION_BEFORE_PROPOSAL", // 422: a party's decision on a proposal predates the proposal
  "NOT_AMONG_PARTIES", // 403: not one of the parties the amendment was circulated to
  "DECISION_REQUIRED", // 422: an answer needs its council decision (answer, number, date)

  // activities
  "ALREADY_PUBLISHED", // 409
  "ACTIVITY_CANCELLED", // 409
  "HOST_MUNICIPALITY", // 409
  "PARTICIPANT_NOT_OWN", // 422
  "HOST_NOT_OWN", // 422: a municipality proposes only activities it hosts

  // reviews
  "NOT_A_PARTICIPANT", // 422
  "REVIEW_CLOSED", // 409
  "REVIEW_NOT_OPEN", // 409
  "REVIEW_ALREADY_OPENED", // 409
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

const KNOWN: ReadonlySet<string> = new Set(ERROR_CODES);

/** True for a code of this registry (e.g. one read from a problem+json answer). */
export function isErrorCode(code: unknown): code is ErrorCode {
  return typeof code === "string" && KNOWN.has(code);
}
