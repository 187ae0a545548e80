import { createHash } from "node:crypto";
import { athensToday } from "@cni/domain/dates";
import type {
  FastifyInstance,
  FastifyReply,
  FastifyRequest,
  onRequestHookHandler,
  onSendHookHandler,
} from "fastify";
import fp from "fastify-plugin";
import fresh from "fresh";
import { openDataVersionReader } from "../db/data-version.ts";
import { rawClientFor } from "../db/resilient-libsql.ts";
import { type Encoding, type Entry, preferredEncoding, ResponseCache } from "./response-cache.ts";

export { preferredEncoding, ResponseCache } from "./response-cache.ts";

/**
 * Response cache for unchanged data, keyed by a data version.
 *
 * Every state change writes an AuditEntry in the same transaction (lib/audit.ts), so
 * `SELECT max(rowid) FROM AuditEntry` is a data version that changes exactly when some
 * committed write happened (one indexed lookup of the table's last row). Statuses also
 * change at midnight without any write, so the Athens date is part of the key too.
 *
 * A GET route opts in with its config:
 *
 *   config: { access: access.public, cache: "public" }      same answer for everyone
 *   config: { access: access.signedIn, cache: "per-user" } the answer depends on who asks
 *   config: { access: access.signedIn, cache: "personal" } per user, and personal data:
 *                                                          the browser keeps no copy
 *   config: { access: access.public, cache: { vary: (request) => "a class" } }
 *
 * `vary` returns a visibility class (e.g. "anonymous" | "network" | `user:${id}`): two
 * callers of the same class must get the same bytes. The first request of a
 * (url, data version, Athens date, class) runs the handler; the serialized 200 body is
 * kept with a strong ETag and served to the next ones without running the handler or
 * querying anything else; `If-None-Match` gets a 304. Responses carry
 * `Cache-Control: no-cache` (browsers may keep them but revalidate every time) and, unless
 * public, `private` and `Vary: Cookie`.
 *
 * Only opt in a route whose answer depends on nothing but the URL, the caller's class,
 * the Athens date and data that changes through audited writes (not on sessions,
 * lastSeenAt, the e-mail outbox, or the clock beyond the date). Any audited write —
 * a sign-in too (auth.login) — starts a new version: the cache simply refills.
 *
 * Cost of a hit: the version query (straight on the libSQL connection, ~60 µs, shared by
 * the requests that arrive while one is pending) and a Map lookup; the lookup is a
 * route-level onRequest hook, so it runs after authentication and access control and a
 * hit skips parsing, validation and the handler. The whole cache holds one version's
 * entries (a newer version drops the older ones) within `maxBytes` (lru-cache). `x-cache: hit |
 * miss` says which it was. A route that sets `Cache-Control: no-store` is not cached.
 */
export type CachePolicy =
  | "public"
  | "per-user"
  | "personal"
  | { vary: (request: FastifyRequest) => string };

declare module "fastify" {
  interface FastifyContextConfig {
    cache?: CachePolicy;
  }
  interface FastifyInstance {
    responseCache: ResponseCache;
  }
}

/** Below this, a body is sent as it is (as plugins/compress.ts does). */
const COMPRESS_THRESHOLD = 1024;

/** ETags differ per content coding (a strong tag names one exact representation). */
const etagFor = (etag: string, encoding: Encoding | null) =>
  encoding ? `${etag.slice(0, -1)}.${encoding}"` : etag;

/** Headers a handler may set that belong to the representation and are replayed on a hit. */
const KEPT_HEADERS = ["content-type", "content-disposition", "content-language", "link"];

export type CacheOptions = {
  /** The data version; by default the last AuditEntry rowid. */
  dataVersion?: (app: FastifyInstance) => Promise<string>;
  /** Today's Athens date (tests pass a clock). */
  today?: () => string;
  /** Upper bound for the kept bodies, in bytes. */
  maxBytes?: number;
};

const CACHE_STATE = Symbol("responseCache");
type CacheState = { epoch: string; key: string };
type WithState = FastifyRequest & { [CACHE_STATE]?: CacheState };

const VERSION_SQL = 'SELECT max(rowid) AS v FROM "AuditEntry"';

/** Each app's prepared version reader (db/data-version.ts), opened by the plugin below. */
const versionReaders = new WeakMap<FastifyInstance, () => string>();

/** The last AuditEntry rowid: one lookup of the table's last row. */
export async function auditDataVersion(app: FastifyInstance): Promise<string> {
  const prepared = versionReaders.get(app);
  if (prepared) return prepared();
  // straight through the libSQL client under Prisma when there is one (4× cheaper)
  const raw = rawClientFor(app.config.databaseUrl);
  if (raw && !raw.closed) {
    const result = await raw.execute(VERSION_SQL);
    return String(result.rows[0]?.v ?? 0);
  }
  const rows = await app.db.$queryRawUnsafe<{ v: number | bigint | null }[]>(VERSION_SQL);
  return String(rows[0]?.v ?? 0);
}

function openReaderOrNull(databaseUrl: string) {
  try {
    return openDataVersionReader(databaseUrl);
  } catch {
    return null; // the libSQL client's path below still works
  }
}

export function classOf(policy: CachePolicy, request: FastifyRequest): string {
  if (policy === "public") return "public";
  if (policy === "per-user" || policy === "personal") {
    // the user and what the session acts as: an answer is never shared between users
    const user = request.user;
    if (!user) return "anonymous";
    const by = request.viewAs ? `|viewed-by:${request.viewAs.by.id}` : "";
    return `user:${user.id}|${user.role}|${user.municipalityId ?? ""}|${user.verification}${by}`;
  }
  return `vary:${policy.vary(request)}`;
}

/**
 * RFC 9110 If-None-Match (a list of entity tags, weak comparison, or "*"), checked by
 * `fresh` as Express and @fastify/send check it.
 */
export function matchesIfNoneMatch(header: string | undefined, etag: string): boolean {
  return fresh({ "if-none-match": header }, { etag });
}

/** The client's copy is current: a 304 instead of the body (a reload's no-cache asks anew). */
const isFresh = (request: FastifyRequest, etag: string) => fresh(request.headers, { etag });

function varyWith(reply: FastifyReply, name: string): string {
  const current = reply.getHeader("vary");
  const list = typeof current === "string" && current ? current.split(/\s*,\s*/) : [];
  return list.includes(name) ? list.join(", ") : [...list, name].join(", ");
}

function setCacheHeaders(reply: FastifyReply, policy: CachePolicy, etag: string) {
  reply.header("etag", etag);
  if (policy === "public") {
    reply.header("cache-control", "no-cache");
  } else if (policy === "personal") {
    // kept per user on the server only: personal data stays out of the browser's cache
    reply.header("cache-control", "private, no-store");
    reply.header("vary", "Cookie");
  } else {
    reply.header("cache-control", "private, no-cache");
    reply.header("vary", "Cookie");
  }
}

export default fp(
  async function cachePlugin(app: FastifyInstance, opts: CacheOptions) {
    const cache = new ResponseCache(opts.maxBytes ?? 32 * 1024 * 1024);
    app.decorate("responseCache", cache);
    const readVersion = opts.dataVersion ?? auditDataVersion;
    if (!opts.dataVersion) {
      const reader = openReaderOrNull(app.config.databaseUrl);
      if (reader) {
        versionReaders.set(app, reader.read);
        app.addHook("onClose", async () => {
          versionReaders.delete(app);
          reader.close();
        });
      }
    }
    // Requests that arrive while a version query is pending share it. Safe: a request
    // that arrived after some write's answer went out finds that query already settled
    // (queries run in order on the one connection), so it asks again and sees the write.
    let pending: Promise<string> | null = null;
    const dataVersion = (instance: FastifyInstance) => {
      pending ??= readVersion(instance).finally(() => {
        pending = null;
      });
      return pending;
    };
    // athensToday() formats in a time zone (~5 µs): once a second is plenty.
    let todayValue = "";
    let todayUntil = 0;
    const today =
      opts.today ??
      (() => {
        const now = Date.now();
        if (now >= todayUntil) {
          todayValue = athensToday(new Date(now));
          todayUntil = now + 1000;
        }
        return todayValue;
      });

    // A route-level onRequest hook: it runs after the app's own (auth has set request.user
    // and checked access), and a hit skips parsing, validation and the handler. Only 200
    // answers are stored, so a URL found here was a valid request.
    const lookup: onRequestHookHandler = async (request, reply) => {
      const policy = request.routeOptions.config.cache;
      if (!policy || request.method !== "GET") return;
      // the version the auth plugin read for this request's session, when it did
      const version = (!opts.dataVersion && request.dataVersion) || (await dataVersion(app));
      const epoch = `${version}|${today()}`;
      cache.enter(epoch);
      const key = `${classOf(policy, request)}\n${request.url}`;
      const entry = cache.get(epoch, key);
      if (!entry) {
        cache.misses += 1;
        (request as WithState)[CACHE_STATE] = { epoch, key };
        reply.header("x-cache", "miss");
        return;
      }
      cache.hits += 1;
      reply.header("x-cache", "hit");
      const encoding =
        entry.body.length >= COMPRESS_THRESHOLD
          ? preferredEncoding(request.headers["accept-encoding"])
          : null;
      setCacheHeaders(reply, policy, etagFor(entry.etag, encoding));
      if (isFresh(request, etagFor(entry.etag, encoding))) {
        return reply.code(304).send();
      }
      reply.headers(entry.headers);
      if (!encoding) return reply.send(entry.body);
      reply.header("content-encoding", encoding).header("vary", varyWith(reply, "Accept-Encoding"));
      return reply.send(cache.encoded(key, entry, encoding));
    };

    const store: onSendHookHandler = async (request, reply, payload) => {
      const state = (request as WithState)[CACHE_STATE];
      const policy = request.routeOptions.config.cache;
      if (!state || !policy || reply.statusCode !== 200) return payload;
      if (typeof payload !== "string" && !Buffer.isBuffer(payload)) return payload;
      const routeCacheControl = reply.getHeader("cache-control");
      if (typeof routeCacheControl === "string" && /no-store/.test(routeCacheControl)) {
        return payload;
      }
      const etag = `"${createHash("sha1").update(payload).digest("base64url")}"`;
      const headers: Record<string, string> = {};
      for (const name of KEPT_HEADERS) {
        const value = reply.getHeader(name);
        if (typeof value === "string") headers[name] = value;
      }
      const entry: Entry = { body: payload, etag, headers };
      cache.set(state.epoch, state.key, entry);
      const encoding =
        payload.length >= COMPRESS_THRESHOLD
          ? preferredEncoding(request.headers["accept-encoding"])
          : null;
      setCacheHeaders(reply, policy, etagFor(etag, encoding));
      if (isFresh(request, etagFor(etag, encoding))) {
        reply.code(304).removeHeader("content-type");
        return null;
      }
      if (!encoding) return payload;
      // compressed here, once, rather than by plugins/compress.ts on every request
      reply.header("content-encoding", encoding).header("vary", varyWith(reply, "Accept-Encoding"));
      reply.removeHeader("content-length");
      return cache.encoded(state.key, entry, encoding);
    };

    // Route-level hooks, only on the routes that opt in (no cost for the others).
    app.addHook("onRoute", (route) => {
      const config = route.config as { cache?: CachePolicy } | undefined;
      if (!config?.cache) return;
      const methods = [route.method].flat();
      if (!methods.includes("GET") && !methods.includes("HEAD")) {
        throw new Error(`Route ${methods.join(",")} ${route.url}: config.cache is for GET routes`);
      }
      route.onRequest = [...[route.onRequest ?? []].flat(), lookup];
      route.onSend = [...[route.onSend ?? []].flat(), store];
    });
  },
  { name: "response-cache" },
);
