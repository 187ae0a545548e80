// The one way the SPA talks to the API: same-origin fetch, JSON in and out, RFC 9457
// problem details turned into ApiError, and the CSRF token on every unsafe method.

export interface FieldError {
  path: string;
  message: string;
  code?: string;
}

/** An HTTP error from the API (or a network failure: status 0). */
export class ApiError extends Error {
  readonly status: number;
  readonly title: string;
  readonly detail: string | undefined;
  readonly code: string | undefined;
  readonly errors: FieldError[];

  constructor(init: {
    status: number;
    title: string;
    detail?: string;
    code?: string;
    errors?: FieldError[];
  }) {
    super(init.detail ?? init.title);
    this.name = "ApiError";
    this.status = init.status;
    this.title = init.title;
    this.detail = init.detail;
    this.code = init.code;
    this.errors = init.errors ?? [];
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}

let csrfToken: string | null = null;

/** Remembers the synchronizer token from `GET /api/auth/session` (or login). */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

export function getCsrfToken(): string | null {
  return csrfToken;
}

const UNSAFE_METHODS = new Set(["POST", "PUT", "PATCH", "DELETE"]);

export type QueryParams = Record<string, string | number | boolean | null | undefined>;

export interface RequestOptions extends Omit<RequestInit, "body" | "headers"> {
  /** Serialised as JSON unless it is FormData (then sent as multipart). */
  body?: unknown;
  headers?: Record<string, string>;
  /** Added to the URL; empty, null and undefined values are left out. */
  params?: QueryParams;
}

/** Builds `/api/…?a=b`, leaving out empty parameters so URLs (and cache keys) stay tidy. */
export function buildUrl(path: string, params?: QueryParams): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params ?? {})) {
    if (value === undefined || value === null || value === "") continue;
    search.set(key, String(value));
  }
  const query = search.toString();
  return query ? `${path}?${query}` : path;
}

function isProblemLike(value: unknown): value is {
  title?: unknown;
  detail?: unknown;
  code?: unknown;
  errors?: unknown;
} {
  return typeof value === "object" && value !== null;
}

async function toApiError(response: Response): Promise<ApiError> {
  const type = response.headers.get("content-type") ?? "";
  let body: unknown = null;
  if (type.includes("json")) {
    try {
      body = await response.json();
    } catch {
      body = null;
    }
  }
  const problem = isProblemLike(body) ? body : {};
  return new ApiError({
    status: response.status,
    title: typeof problem.title === "string" ? problem.title : response.statusText,
    detail: typeof problem.detail === "string" ? problem.detail : undefined,
    code: typeof problem.code === "string" ? problem.code : undefined,
    errors: Array.isArray(problem.errors) ? (problem.errors as FieldError[]) : undefined,
  });
}

export async function apiRequest<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const { body, headers = {}, params, method = "GET", ...init } = options;
  const finalHeaders: Record<string, string> = { accept: "application/json", ...headers };
  let payload: BodyInit | undefined;
  if (body instanceof FormData) {
    payload = body;
  } else if (body !== undefined) {
    payload = JSON.stringify(body);
    finalHeaders["content-type"] = "application/json";
  }
  const upper = method.toUpperCase();
  if (UNSAFE_METHODS.has(upper) && csrfToken) finalHeaders["x-csrf-token"] = csrfToken;

  let response: Response;
  try {
    response = await fetch(buildUrl(path, params), {
      ...init,
      method: upper,
      headers: finalHeaders,
      body: payload,
      credentials: "same-origin",
    });
  } catch (cause) {
    if (cause instanceof DOMException && cause.name === "AbortError") throw cause;
    throw new ApiError({ status: 0, title: "Network error", code: "NETWORK_ERROR" });
  }

  if (!response.ok) throw await toApiError(response);
  if (response.status === 204) return undefined as T;
  const type = response.headers.get("content-type") ?? "";
  if (!type.includes("json")) return (await response.text()) as T;
  return (await response.json()) as T;
}

export const api = {
  get: <T>(path: string, options?: Omit<RequestOptions, "method" | "body">) =>
    apiRequest<T>(path, { ...options, method: "GET" }),
  post: <T>(path: string, body?: unknown, options?: Omit<RequestOptions, "method" | "body">) =>
    apiRequest<T>(path, { ...options, method: "POST", body }),
  put: <T>(path: string, body?: unknown, options?: Omit<RequestOptions, "method" | "body">) =>
    apiRequest<T>(path, { ...options, method: "PUT", body }),
  patch: <T>(path: string, body?: unknown, options?: Omit<RequestOptions, "method" | "body">) =>
    apiRequest<T>(path, { ...options, method: "PATCH", body }),
  delete: <T>(path: string, options?: Omit<RequestOptions, "method" | "body">) =>
    apiRequest<T>(path, { ...options, method: "DELETE" }),
};
