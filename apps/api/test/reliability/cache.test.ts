// The response cache (plugins/cache.ts): unchanged public data is served without
// re-querying, keyed by the data version (last AuditEntry rowid) and the Athens date.
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import Fastify, { type FastifyRequest } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import cachePlugin, {
  matchesIfNoneMatch,
  preferredEncoding,
  ResponseCache,
} from "../../src/plugins/cache.ts";
import { signInAs } from "../helpers.ts";
import { createStatsApp, type StatsContext } from "./support.ts";

let ctx: StatsContext;
beforeAll(async () => {
  ctx = await createStatsApp();
});
afterAll(async () => {
  await ctx.app.close();
});

const get = (url: string, headers: Record<string, string> = {}) =>
  ctx.app.inject({ method: "GET", url, headers });

describe("GET /api/municipalities and /api/municipalities/:id from the cache", () => {
  it("serves the second identical request from the cache with no query on the app's connection", async () => {
    const first = await get("/api/municipalities?region=Thessaly");
    expect(first.statusCode).toBe(200);
    expect(first.headers["x-cache"]).toBe("miss");
    const before = ctx.stats.statements;
    const second = await get("/api/municipalities?region=Thessaly");
    // only the data version is read, by its prepared statement (db/data-version.ts)
    expect(ctx.stats.statements - before).toBe(0);
    expect(second.headers["x-cache"]).toBe("hit");
    expect(second.body).toBe(first.body);
    expect(second.headers.etag).toBe(first.headers.etag);
    expect(second.headers.etag).toMatch(/^"[A-Za-z0-9_-]{27}"$/);
    expect(second.headers["cache-control"]).toBe("no-cache");
    expect(second.headers["content-type"]).toBe(first.headers["content-type"]);
    expect(second.headers["content-length"]).toBe(String(Buffer.byteLength(first.body)));
    // security headers are still there on a hit
    expect(second.headers["x-content-type-options"]).toBe("nosniff");
  });

  it("answers a matching If-None-Match with 304 and no body, on a miss and on a hit", async () => {
    const fresh = await get("/api/municipalities/athens");
    const etag = fresh.headers.etag as string;
    const hit = await get("/api/municipalities/athens", { "if-none-match": etag });
    expect(hit.statusCode).toBe(304);
    expect(hit.body).toBe("");
    expect(hit.headers.etag).toBe(etag);
    expect(
      await get("/api/municipalities/athens", { "if-none-match": `"x", W/${etag}` }),
    ).toMatchObject({ statusCode: 304 });
    expect(
      (await get("/api/municipalities/athens", { "if-none-match": '"other"' })).statusCode,
    ).toBe(200);
    // first request of a URL (a miss) with the tag a client kept from an identical body
    ctx.app.responseCache.clear();
    const miss = await get("/api/municipalities/athens", { "if-none-match": etag });
    expect(miss.headers["x-cache"]).toBe("miss");
    expect(miss.statusCode).toBe(304);
    expect(miss.headers["content-type"]).toBeUndefined();
  });

  it("keys by the whole URL and does not keep errors", async () => {
    const a = await get("/api/municipalities?status=member");
    const b = await get("/api/municipalities?status=applicant");
    expect(b.headers["x-cache"]).toBe("miss");
    expect(a.headers.etag).not.toBe(b.headers.etag);
    expect((await get("/api/municipalities/atlantis")).statusCode).toBe(404);
    const again = await get("/api/municipalities/atlantis");
    expect(again.statusCode).toBe(404);
    expect(again.headers["x-cache"]).toBe("miss");
    expect(again.headers["content-type"]).toContain("application/problem+json");
    const invalid = await get("/api/municipalities?asOf=2026-02-30");
    expect(invalid.statusCode).toBe(400);
  });

  it("a write (accepting Serres) changes the data version: new body, new ETag, old ETag no longer matches", async () => {
    const before = await get("/api/municipalities/serres");
    expect(before.json().status).toBe("applicant");
    const list = await get("/api/municipalities");
    await get("/api/municipalities"); // cached
    const { agent } = await signInAs(ctx, "coordinator");
    const accession = before.json().history.accessions[0].id as string;
    const accepted = await ctx.app.inject({
      method: "POST",
      url: `/api/accessions/${accession}/notify`,
      headers: agent.headers,
      payload: {},
    });
    expect(accepted.statusCode).toBe(200);

    const after = await get("/api/municipalities/serres", {
      "if-none-match": before.headers.etag as string,
    });
    expect(after.statusCode).toBe(200);
    expect(after.headers["x-cache"]).toBe("miss");
    expect(after.json().status).toBe("member");
    expect(after.headers.etag).not.toBe(before.headers.etag);
    const listAfter = await get("/api/municipalities");
    expect(listAfter.headers["x-cache"]).toBe("miss");
    expect(listAfter.headers.etag).not.toBe(list.headers.etag);
    expect(listAfter.json().items.find((m: { id: string }) => m.id === "serres").status).toBe(
      "member",
    );
  });

  it("serves compressed variants, compressed once, each with its own ETag", async () => {
    const plain = await get("/api/municipalities?status=member");
    const br = await ctx.app.inject({
      method: "GET",
      url: "/api/municipalities?status=member",
      headers: { "accept-encoding": "gzip, deflate, br" },
    });
    expect(br.headers["content-encoding"]).toBe("br");
    expect(br.headers.vary).toContain("Accept-Encoding");
    expect(brotliDecompressSync(br.rawPayload).toString()).toBe(plain.body);
    expect(br.headers.etag).toBe(`${String(plain.headers.etag).slice(0, -1)}.br"`);
    const gzip = await ctx.app.inject({
      method: "GET",
      url: "/api/municipalities?status=member",
      headers: { "accept-encoding": "gzip;q=1, br;q=0" },
    });
    expect(gzip.headers["content-encoding"]).toBe("gzip");
    expect(gunzipSync(gzip.rawPayload).toString()).toBe(plain.body);
    // revalidation of the compressed variant
    const again = await ctx.app.inject({
      method: "GET",
      url: "/api/municipalities?status=member",
      headers: { "accept-encoding": "br", "if-none-match": String(br.headers.etag) },
    });
    expect(again.statusCode).toBe(304);
    expect(preferredEncoding("identity")).toBe(null);
    expect(preferredEncoding("*")).toBe("br");
    expect(preferredEncoding("br;q=0, *;q=0.5")).toBe("gzip");
  });

  it("compresses other answers on the fly (plugins/compress.ts)", async () => {
    const { agent } = await signInAs(ctx, "coordinator");
    const response = await ctx.app.inject({
      method: "GET",
      url: "/api/municipalities?q=%CE%B1",
      headers: { "accept-encoding": "gzip" },
    });
    expect(response.headers["content-encoding"]).toBe("gzip");
    const list = await ctx.app.inject({
      method: "GET",
      url: "/api/accessions",
      headers: { ...agent.headers, "accept-encoding": "br" },
    });
    expect(list.statusCode).toBe(200);
    // compressed unless below the 1 kB threshold
    if (list.headers["content-encoding"] !== "br")
      expect(list.rawPayload.length).toBeLessThan(1024);
  });

  it("signed-in callers get the same public entry", async () => {
    // (signing in writes an audit entry, so it is a new data version: sign in first)
    const { agent } = await signInAs(ctx, "representative", "larissa");
    await get("/api/municipalities/trikala");
    const signedIn = await get("/api/municipalities/trikala", { cookie: agent.cookie });
    expect(signedIn.headers["x-cache"]).toBe("hit");
  });
});

describe("the cache plugin's rules", () => {
  let day = "2026-03-28";
  let version = 1;
  let calls = 0;
  let open!: () => void;
  const gate = new Promise<void>((resolve) => {
    open = resolve;
  });
  const app = Fastify();

  beforeAll(async () => {
    app.decorateRequest("user", null);
    app.addHook("onRequest", async (request) => {
      const id = request.headers["x-user"];
      (request as FastifyRequest).user =
        typeof id === "string"
          ? {
              id,
              email: `${id}@t`,
              name: id,
              role: "officer",
              municipalityId: null,
              verification: "verified",
            }
          : null;
    });
    await app.register(cachePlugin, {
      dataVersion: async () => String(version),
      today: () => day,
      maxBytes: 64 * 1024,
    });
    app.get("/public", { config: { cache: "public" } }, async () => ({ calls: ++calls, day }));
    app.get("/mine", { config: { cache: "per-user" } }, async (request) => ({
      calls: ++calls,
      who: request.user?.id ?? null,
    }));
    app.get(
      "/class",
      {
        config: { cache: { vary: (request) => (request.user ? "network" : "anonymous") } },
      },
      async (request) => ({ calls: ++calls, network: !!request.user }),
    );
    app.get("/status/:code", { config: { cache: "public" } }, async (request, reply) => {
      calls += 1;
      return reply.code(Number((request.params as { code: string }).code)).send({ calls });
    });
    app.get("/no-store", { config: { cache: "public" } }, async (_request, reply) => {
      calls += 1;
      reply.header("cache-control", "no-store");
      return { calls };
    });
    app.get("/big/:n", { config: { cache: "public" } }, async (request) => {
      calls += 1;
      return { pad: "x".repeat(10_000), n: (request.params as { n: string }).n };
    });
    app.get("/slow", { config: { cache: "public" } }, async (request) => {
      if (request.headers["x-wait"]) await gate;
      return { calls: ++calls, version };
    });
    await app.ready();
  });
  afterAll(() => app.close());

  const hit = async (url: string, headers: Record<string, string> = {}) =>
    (await app.inject({ url, headers })).headers["x-cache"];

  it("the Athens date is part of the key: statuses change at midnight without any write", async () => {
    expect(await hit("/public")).toBe("miss");
    expect(await hit("/public")).toBe("hit");
    day = "2026-03-29";
    const next = await app.inject({ url: "/public" });
    expect(next.headers["x-cache"]).toBe("miss");
    expect(next.json().day).toBe("2026-03-29");
  });

  it("a per-user route keeps one entry per user and marks it private", async () => {
    expect(await hit("/mine", { "x-user": "a" })).toBe("miss");
    expect(await hit("/mine", { "x-user": "b" })).toBe("miss");
    const again = await app.inject({ url: "/mine", headers: { "x-user": "a" } });
    expect(again.headers["x-cache"]).toBe("hit");
    expect(again.json().who).toBe("a");
    expect(again.headers["cache-control"]).toBe("private, no-cache");
    expect(again.headers.vary).toBe("Cookie");
    expect((await app.inject({ url: "/mine" })).json().who).toBe(null);
  });

  it("a visibility class shares one entry per class", async () => {
    expect(await hit("/class", { "x-user": "a" })).toBe("miss");
    const other = await app.inject({ url: "/class", headers: { "x-user": "b" } });
    expect(other.headers["x-cache"]).toBe("hit");
    expect(other.json().network).toBe(true);
    const anonymous = await app.inject({ url: "/class" });
    expect(anonymous.headers["x-cache"]).toBe("miss");
    expect(anonymous.json().network).toBe(false);
  });

  it("keeps only 200s, and nothing the route marked no-store", async () => {
    for (const url of ["/status/404", "/status/201", "/no-store"]) {
      await app.inject({ url });
      expect(await hit(url)).toBe("miss");
    }
  });

  it("stays within its byte budget (least recently used entries go first)", async () => {
    for (let n = 0; n < 20; n += 1) await app.inject({ url: `/big/${n}` });
    expect(await hit("/big/19")).toBe("hit");
    expect(await hit("/big/0")).toBe("miss");
    expect(app.responseCache.size).toBeLessThanOrEqual(7);
  });

  it("a request that started before a write cannot replace the newer version's entry", async () => {
    const slow = app.inject({ url: "/slow", headers: { "x-wait": "1" } }); // reads version v
    await new Promise((resolve) => setTimeout(resolve, 20));
    version += 1; // a write commits
    const newer = await app.inject({ url: "/slow" });
    expect(newer.headers["x-cache"]).toBe("miss");
    open();
    expect((await slow).json().version).toBe(version); // it ran after the write: not older data
    const after = await app.inject({ url: "/slow" });
    expect(after.headers["x-cache"]).toBe("hit");
    expect(after.body).toBe(newer.body);
  });

  it("If-None-Match follows RFC 9110 (lists, weak tags, *)", () => {
    expect(matchesIfNoneMatch('"a", "b"', '"b"')).toBe(true);
    expect(matchesIfNoneMatch('W/"b"', '"b"')).toBe(true);
    expect(matchesIfNoneMatch("*", '"b"')).toBe(true);
    expect(matchesIfNoneMatch('"a"', '"b"')).toBe(false);
    expect(matchesIfNoneMatch(undefined, '"b"')).toBe(false);
  });

  it("a new epoch drops every older entry", () => {
    const cache = new ResponseCache(1024);
    cache.enter("1|d");
    cache.set("1|d", "k", { body: "x", etag: '"e"', headers: {} });
    expect(cache.get("1|d", "k")).toBeDefined();
    cache.enter("2|d");
    expect(cache.size).toBe(0);
    cache.set("1|d", "k", { body: "x", etag: '"e"', headers: {} }); // late, older request
    expect(cache.size).toBe(0);
  });
});
