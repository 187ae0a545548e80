import type { ErrorCode } from "@cni/contracts/error-codes";

export type { ErrorCode } from "@cni/contracts/error-codes";

export type FieldError = { path: string; message: string; code?: string };

/**
 * A failure the caller can act on. Use cases throw these through the helpers below (never
 * `new DomainError(…)` in a module); the error handler (plugins/errors.ts) turns them into
 * application/problem+json with the status and the stable code. Every code is in the
 * registry `@cni/contracts/error-codes`, so a misspelt code does not compile.
 */
export class DomainError extends Error {
  constructor(
    readonly status: 400 | 401 | 403 | 404 | 409 | 413 | 415 | 422 | 429 | 503,
    readonly code: ErrorCode,
    message: string,
    readonly errors?: FieldError[],
  ) {
    super(message);
    this.name = "DomainError";
  }
}

/** 400: the request is malformed in a way the schema could not say. */
export const badRequest = (code: ErrorCode, message: string, errors?: FieldError[]) =>
  new DomainError(400, code, message, errors);

/** 401: not signed in (or the credentials are wrong). */
export const unauthorized = (message = "Sign in to continue") =>
  new DomainError(401, "UNAUTHORIZED", message);

/**
 * 403: signed in, but not allowed. For a record of another municipality that the caller
 * asked for by its id, prefer `notFound` (docs/decisions/004): 403 is for roles, powers
 * and for explicit filters naming another municipality.
 */
export const forbidden = (
  message = "You are not allowed to do this",
  code: ErrorCode = "FORBIDDEN",
) => new DomainError(403, code, message);

/** 404: `what` ("Activity", "Notice"…) does not exist, or the caller may not know it does. */
export const notFound = (what: string, code: ErrorCode = "NOT_FOUND") =>
  new DomainError(404, code, `${what} not found`);

/** 409: the request is valid but the record's current state does not allow it. */
export const conflict = (code: ErrorCode, message: string) => new DomainError(409, code, message);

/** 413: the upload is too large (or has too many files). */
export const payloadTooLarge = (code: ErrorCode, message: string, errors?: FieldError[]) =>
  new DomainError(413, code, message, errors);

/** 415: the body is not of a type this route takes. */
export const unsupportedMediaType = (code: ErrorCode, message: string, errors?: FieldError[]) =>
  new DomainError(415, code, message, errors);

/** 422: well-formed, but breaks a rule of the domain (with the fields concerned). */
export const unprocessable = (code: ErrorCode, message: string, errors?: FieldError[]) =>
  new DomainError(422, code, message, errors);

/** 429: too many attempts. */
export const tooManyRequests = (code: ErrorCode, message: string) =>
  new DomainError(429, code, message);

/** 503: transient; the error handler adds Retry-After unless the caller set one. */
export const unavailable = (code: ErrorCode, message: string) =>
  new DomainError(503, code, message);

/**
 * The one load-or-404 idiom: `const row = or404(await db.x.findUnique(…), "Activity")`.
 * Modules name their loaders `find<Thing>Or404(db, id)` when the lookup is shared.
 */
export function or404<T>(row: T | null | undefined, what: string): T {
  if (row === null || row === undefined) throw notFound(what);
  return row;
}
