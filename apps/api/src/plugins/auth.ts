import type { Role } from "@cni/domain/enums";
import fastifyCookie from "@fastify/cookie";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import fp from "fastify-plugin";
import {
  openSessionReader,
  type SessionReader,
  type SessionWithUser,
} from "../db/session-reader.ts";
import {
  type Access,
  assertPartyMember,
  assertVerificationAllows,
  type SessionUser,
  type Verification,
} from "../lib/access.ts";
import { forbidden, unauthorized } from "../lib/errors.ts";
import { isParty } from "../lib/parties.ts";
import {
  type CachedSession,
  coalesced,
  SessionCache,
  sessionExpired,
} from "../lib/session-cache.ts";
import { hashToken, safeEqual } from "../lib/tokens.ts";
import { applyViewAs, decorateViewAs } from "../lib/view-as.ts";
import { SecurityEventLog } from "../modules/auth/security-events.ts";
import { auditDataVersion } from "./cache.ts";

declare module "fastify" {
  interface FastifyContextConfig {
    access?: Access;
  }
  interface FastifyInstance {
    /** Rate-limited writer of security events to the audit log. */
    securityEvents: SecurityEventLog;
    /** Every /api route and its declared access, for the authorization matrix test. */
    apiRoutes: { method: string; url: string; access: Access }[];
    /** Sessions and party checks kept per data version (lib/session-cache.ts). */
    sessionCache: SessionCache;
  }
  interface FastifyRequest {
    user: SessionUser | null;
    sessionId: string | null;
    csrfToken: string | null;
    /** The data version read for this request's session (the response cache reuses it). */
    dataVersion: string | null;
  }
}

export const SESSION_COOKIE = "cni_session";
// Over HTTPS the cookie carries the __Host- prefix: the browser then accepts it only with
// Secure, Path=/ and no Domain, so a sibling subdomain cannot plant or overwrite it.
export const SECURE_SESSION_COOKIE = "__Host-cni_session";
export const sessionCookieName = (secure: boolean) =>
  secure ? SECURE_SESSION_COOKIE : SESSION_COOKIE;
export const SESSION_IDLE_MS = 2 * 60 * 60 * 1000;
export const SESSION_ABSOLUTE_MS = 12 * 60 * 60 * 1000;
// lastSeenAt is written at most once a minute per session, not on every request.
const TOUCH_INTERVAL_MS = 60 * 1000;

/** Each app's prepared session read (db/session-reader.ts), opened by the plugin below. */
const sessionReaders = new WeakMap<FastifyInstance, SessionReader>();

function openReaderOrNull(databaseUrl: string): SessionReader | null {
  try {
    return openSessionReader(databaseUrl);
  } catch {
    return null; // Prisma's read below still works
  }
}
const UNSAFE_METHODS = new Set(["POST", "PUT", "PATCH", "DELETE"]);
// Routes added by @fastify/swagger(-ui) are public documentation.
const DOCS_PREFIXES = ["/api/docs", "/api/openapi.json"];

export function sessionCookieOptions(secure: boolean) {
  return { path: "/", httpOnly: true, sameSite: "lax" as const, secure };
}

export function isSecureRequest(request: FastifyRequest): boolean {
  return request.protocol === "https";
}

export function clearSessionCookie(request: FastifyRequest, reply: FastifyReply) {
  const secure = isSecureRequest(request);
  reply.clearCookie(sessionCookieName(secure), sessionCookieOptions(secure));
}

/**
 * The session of this token, from the session cache when it was read at this data version
 * and has not expired by what is known here; otherwise from the database, which decides.
 */
async function loadSession(
  app: FastifyInstance,
  request: FastifyRequest,
  token: string,
  version: string,
): Promise<CachedSession | null> {
  const id = hashToken(token);
  const now = Date.now();
  const kept = app.sessionCache.get(id, version);
  if (kept && !sessionExpired(kept, now, SESSION_IDLE_MS)) {
    return (await touch(app, kept, now)) ? kept : null;
  }
  const reader = sessionReaders.get(app);
  const row: SessionWithUser | null = reader
    ? reader.read(id)
    : await app.db.session.findUnique({ where: { id }, include: { user: true } });
  if (!row) {
    app.sessionCache.forget(id);
    return null;
  }
  const session: CachedSession = {
    id,
    csrfToken: row.csrfToken,
    expiresAt: row.expiresAt.getTime(),
    lastSeenAt: row.lastSeenAt.getTime(),
    user: {
      id: row.user.id,
      email: row.user.email,
      name: row.user.name,
      role: row.user.role as Role,
      municipalityId: row.user.municipalityId,
      verification: row.user.verification as Verification,
    },
    viewAsUserId: row.viewAsUserId,
    viewAsStartedAt: row.viewAsStartedAt?.getTime() ?? null,
  };
  if (sessionExpired(session, now, SESSION_IDLE_MS) || !row.user.active) {
    app.sessionCache.forget(id);
    await app.db.session.deleteMany({ where: { id } });
    return null;
  }
  if (!(await touch(app, session, now))) return null;
  app.sessionCache.set(version, session);
  request.log.debug({ userId: row.userId }, "session");
  return session;
}

/** lastSeenAt is written at most once a minute per session; false if the row is gone. */
async function touch(app: FastifyInstance, session: CachedSession, now: number) {
  if (now - session.lastSeenAt <= TOUCH_INTERVAL_MS) return true;
  const seen = session.lastSeenAt;
  session.lastSeenAt = now; // concurrent requests of this session do not write again
  try {
    const { count } = await app.db.session.updateMany({
      where: { id: session.id },
      data: { lastSeenAt: new Date(now) },
    });
    if (count === 1) return true;
  } catch (error) {
    session.lastSeenAt = seen;
    app.sessionCache.forget(session.id);
    throw error;
  }
  app.sessionCache.forget(session.id);
  return false;
}

/**
 * The one way to protect a route: `config: { access }` on every /api route, checked
 * here before any handler runs. A route without a declaration fails at start-up.
 * Also the CSRF synchronizer check: a mutation that carries a session cookie must send
 * the session's token in `x-csrf-token`. (@fastify/csrf-protection keeps its secret in
 * a cookie or @fastify/session; our sessions live in the database, so the token is
 * stored beside the session and compared here.)
 */
export default fp(
  async function authPlugin(app: FastifyInstance) {
    await app.register(fastifyCookie);
    app.decorateRequest("user", null);
    app.decorateRequest("sessionId", null);
    app.decorateRequest("csrfToken", null);
    decorateViewAs(app);
    app.decorateRequest("dataVersion", null);
    app.decorate("sessionCache", new SessionCache());
    const reader = openReaderOrNull(app.config.databaseUrl);
    if (reader) {
      sessionReaders.set(app, reader);
      app.addHook("onClose", async () => {
        sessionReaders.delete(app);
        reader.close();
      });
    }
    const dataVersion = coalesced(() => auditDataVersion(app));
    app.decorate("securityEvents", new SecurityEventLog(app.db, app.log));

    // CSRF and authorization refusals (from this hook or from a use case) are security events.
    app.addHook("onError", async (request, _reply, error) => {
      const status = (error as { status?: number }).status ?? error.statusCode;
      if (status !== 403) return;
      const csrf = (error as { code?: string }).code === "CSRF_TOKEN_INVALID";
      // The route's pattern, not the URL: a URL may carry a token (old invitation links).
      const route = `${request.method} ${request.routeOptions.url ?? "(no route)"}`;
      // while viewing as someone (lib/view-as.ts), the coordinator really signed in
      const actor = request.viewAs?.by ?? request.user;
      await app.securityEvents.record({
        action: csrf ? "security.csrf_refused" : "security.forbidden",
        actor,
        source: request.ip,
        entityType: "route",
        entityId: route,
        summary: `${csrf ? "CSRF token missing or wrong" : "Refused"}: ${route} by ${actor?.email ?? "an anonymous caller"} from ${request.ip}`,
      });
    });

    app.decorate("apiRoutes", []);
    app.addHook("onRoute", (route) => {
      if (!route.url.startsWith("/api")) return;
      if (DOCS_PREFIXES.some((prefix) => route.url.startsWith(prefix))) {
        route.config = { ...(route.config ?? {}), access: { kind: "public" } };
        return;
      }
      const declared = (route.config as { access?: Access } | undefined)?.access;
      if (!declared)
        throw new Error(`Route ${route.method} ${route.url} declares no config.access`);
      for (const method of [route.method].flat()) {
        if (method !== "HEAD") app.apiRoutes.push({ method, url: route.url, access: declared });
      }
    });

    app.addHook("onRequest", async (request) => {
      let viewing: Parameters<typeof applyViewAs>[2] | null = null;
      const token = request.cookies[sessionCookieName(isSecureRequest(request))];
      if (token) {
        // read before the session: an entry kept under a version reflects at least that version
        request.dataVersion = await dataVersion();
        const session = await loadSession(app, request, token, request.dataVersion);
        if (session) {
          // a copy: verifying or refusing (audited) takes effect on the next request
          request.user = { ...session.user };
          request.sessionId = session.id;
          request.csrfToken = session.csrfToken;
          if (session.viewAsUserId) viewing = session;
        }
      }
      const routeAccess = request.routeOptions.config.access;
      if (!routeAccess) return; // not an /api route (SPA files, 404)

      if (request.sessionId && UNSAFE_METHODS.has(request.method)) {
        const sent = request.headers["x-csrf-token"];
        if (typeof sent !== "string" || !safeEqual(sent, request.csrfToken ?? "")) {
          throw forbidden("Missing or invalid x-csrf-token header", "CSRF_TOKEN_INVALID");
        }
      }
      // a coordinator's "view as" (lib/view-as.ts): read-only, checked as the person viewed
      if (viewing) await applyViewAs(app, request, viewing);
      if (routeAccess.kind === "public") return;
      if (!request.user) throw unauthorized();
      if (!routeAccess.roles.includes(request.user.role)) throw forbidden();
      if (routeAccess.kind === "partyMember") {
        const version = request.dataVersion ?? (await dataVersion());
        await assertPartyMember(app.db, request.user, (municipalityId, day) =>
          app.sessionCache.isParty(version, municipalityId, day, () =>
            isParty(app.db, municipalityId, day),
          ),
        );
      } else assertVerificationAllows(request.user, routeAccess);
    });
  },
  { name: "auth", dependencies: ["errors", "pressure", "db"] },
);
