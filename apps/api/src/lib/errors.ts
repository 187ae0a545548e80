/**
 * A failure the caller can act on. Services throw these; the error handler turns them
 * into application/problem+json with the status and the stable code.
 */
export class DomainError extends Error {
  constructor(
    readonly status: 400 | 401 | 403 | 404 | 409 | 413 | 415 | 422 | 429 | 503,
    readonly code: string,
    message: string,
    readonly errors?: { path: string; message: string; code?: string }[],
  ) {
    super(message);
    this.name = "DomainError";
  }
}

export const notFound = (what: string) => new DomainError(404, "NOT_FOUND", `${what} not found`);
export const forbidden = (message = "You are not allowed to do this") =>
  new DomainError(403, "FORBIDDEN", message);
export const unauthorized = (message = "Sign in to continue") =>
  new DomainError(401, "UNAUTHORIZED", message);
export const conflict = (code: string, message: string) => new DomainError(409, code, message);
export const unprocessable = (
  code: string,
  message: string,
  errors?: { path: string; message: string; code?: string }[],
) => new DomainError(422, code, message, errors);
