// A fixed-window limit keyed by something in the request other than its address: the
// e-mail of a sign-in, registration or reset request, the token of an invitation. The
// per-address limit (@fastify/rate-limit, route config `rateLimit`) stops one source; this
// stops many sources (a botnet, or a spoofed X-Forwarded-For) aiming at one account.
// In memory: one server process serves the portal (see README, Operations).
import type { FastifyRequest, preHandlerAsyncHookHandler } from "fastify";
import { tooManyRequests } from "../../lib/errors.ts";
import { hashToken } from "../../lib/tokens.ts";

export type KeyedLimitOptions = {
  /** Names the limit, so two limits never share counters. */
  name: string;
  max: number;
  windowMs: number;
  /** The key (e.g. the e-mail in the body); undefined = not limited by this one. */
  key: (request: FastifyRequest) => string | undefined;
};

const MAX_ENTRIES = 50_000;

export function keyedLimit(options: KeyedLimitOptions): preHandlerAsyncHookHandler {
  const windows = new Map<string, { count: number; resetAt: number }>();
  return async (request, reply) => {
    const raw = options.key(request);
    if (raw === undefined || raw === "") return;
    // Hashed so the map never holds a token or an e-mail in clear.
    const key = hashToken(`${options.name}:${raw.trim().toLowerCase()}`);
    const now = Date.now();
    if (windows.size > MAX_ENTRIES) {
      for (const [k, w] of windows) if (w.resetAt <= now) windows.delete(k);
      if (windows.size > MAX_ENTRIES) windows.clear();
    }
    let window = windows.get(key);
    if (!window || window.resetAt <= now) {
      window = { count: 0, resetAt: now + options.windowMs };
      windows.set(key, window);
    }
    window.count += 1;
    if (window.count > options.max) {
      reply.header("retry-after", String(Math.ceil((window.resetAt - now) / 1000)));
      throw tooManyRequests("RATE_LIMITED", "Too many attempts for this account; try again later");
    }
  };
}

/** The body's field as the key (after validation, so an e-mail is already normalised). */
export const bodyField =
  (field: string) =>
  (request: FastifyRequest): string | undefined => {
    const value = (request.body as Record<string, unknown> | null | undefined)?.[field];
    return typeof value === "string" ? value : undefined;
  };

/**
 * The per-account limit on the public forms (sign-in, registration, invitation acceptance,
 * password reset): as many attempts per account per minute as CNI_RATE_LIMIT_MAX allows
 * per address. Registration applies it with `preHandler: perAccountLimit(app, "registration",
 * (request) => request.body.officer.email)`.
 */
export function perAccountLimit(
  app: { config: { rateLimitMax: number } },
  name: string,
  key: KeyedLimitOptions["key"],
): preHandlerAsyncHookHandler {
  return keyedLimit({ name, max: app.config.rateLimitMax, windowMs: 60_000, key });
}
