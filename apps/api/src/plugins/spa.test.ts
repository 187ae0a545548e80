// The built SPA as the browser gets it: the build's brotli/gzip copies sent as they are,
// hashed assets cached for a year (immutable), pages revalidated (issue 16).
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from "node:zlib";
import fastifyCookie from "@fastify/cookie";
import Fastify, { type FastifyInstance } from "fastify";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import cachePlugin from "./cache.ts";
import compressPlugin from "./compress.ts";
import errorsPlugin from "./errors.ts";
import spaPlugin from "./spa.ts";

const script = `export const rows = ${JSON.stringify(Array.from({ length: 200 }, (_, i) => `row ${i}`))};\n`;
let dist: string;
let app: FastifyInstance;

beforeEach(async () => {
  dist = mkdtempSync(path.join(tmpdir(), "cni-spa-"));
  mkdirSync(path.join(dist, "assets"));
  writeFileSync(path.join(dist, "index.html"), "<!doctype html><div id=root></div>");
  const asset = path.join(dist, "assets", "app-abc123.js");
  writeFileSync(asset, script);
  // the copies the build writes; marked so the test can tell them from on-the-fly output
  writeFileSync(`${asset}.br`, brotliCompressSync(`${script}// prebuilt br\n`));
  writeFileSync(`${asset}.gz`, gzipSync(`${script}// prebuilt gz\n`));
  app = Fastify();
  app.register(errorsPlugin);
  app.register(cachePlugin, { dataVersion: async () => "1", today: () => "2026-01-01" });
  app.register(compressPlugin);
  app.register(spaPlugin, { webDist: dist });
  await app.ready();
});

afterEach(async () => {
  await app.close();
  rmSync(dist, { recursive: true, force: true });
});

describe("the SPA's static files", () => {
  it("sends the build's brotli copy of a hashed asset, cached for a year", async () => {
    const res = await app.inject({
      url: "/assets/app-abc123.js",
      headers: { "accept-encoding": "br, gzip" },
    });
    expect(res.statusCode).toBe(200);
    expect(res.headers["content-encoding"]).toBe("br");
    expect(res.headers["cache-control"]).toBe("public, max-age=31536000, immutable");
    expect(res.headers["content-type"]).toMatch(/javascript/);
    expect(brotliDecompressSync(res.rawPayload).toString()).toContain("// prebuilt br");
  });

  it("sends the gzip copy to a client without brotli, and the file itself to one without either", async () => {
    const gz = await app.inject({
      url: "/assets/app-abc123.js",
      headers: { "accept-encoding": "gzip" },
    });
    expect(gz.headers["content-encoding"]).toBe("gzip");
    const plain = await app.inject({
      url: "/assets/app-abc123.js",
      headers: { "accept-encoding": "identity" },
    });
    expect(plain.headers["content-encoding"]).toBeUndefined();
    expect(plain.body).toBe(script);
  });

  it("revalidates the page itself", async () => {
    const res = await app.inject({ url: "/index.html" });
    expect(res.statusCode).toBe(200);
    expect(res.headers["cache-control"]).toBe("no-cache");
  });
});

describe("a page's HTML names what its first render needs", () => {
  const page =
    "<!doctype html><html><head><title>t</title></head><body><div id=root></div></body></html>";
  beforeEach(async () => {
    writeFileSync(path.join(dist, "index.html"), page);
    mkdirSync(path.join(dist, ".vite"));
    writeFileSync(
      path.join(dist, ".vite", "page-preloads.json"),
      JSON.stringify({
        pages: [
          {
            path: "/municipalities/:id",
            scripts: ["assets/municipality-1.js", "assets/ui-2.js"],
            styles: ["assets/shared-3.css"],
            namespaces: ["common", "directory"],
          },
        ],
        translations: {
          el: { common: "assets/common-el.js", directory: "assets/directory-el.js" },
          en: { common: "assets/common-en.js", directory: "assets/directory-en.js" },
        },
      }),
    );
    // a server started on this build, with the cookies parsed as the app parses them
    await app.close();
    app = Fastify();
    app.register(fastifyCookie);
    app.register(errorsPlugin);
    app.register(spaPlugin, { webDist: dist });
    await app.ready();
  });

  it("a landing page gets its code, CSS and Greek translations as preload links", async () => {
    const res = await app.inject({ url: "/municipalities/serres?tab=1" });
    expect(res.statusCode).toBe(200);
    expect(res.headers["content-type"]).toMatch(/^text\/html/);
    expect(res.headers["cache-control"]).toBe("no-cache");
    const links = res.body.match(/<link [^>]+>/g) ?? [];
    expect(links).toEqual([
      '<link rel="modulepreload" crossorigin href="/assets/municipality-1.js">',
      '<link rel="modulepreload" crossorigin href="/assets/ui-2.js">',
      '<link rel="modulepreload" crossorigin href="/assets/common-el.js">',
      '<link rel="modulepreload" crossorigin href="/assets/directory-el.js">',
      '<link rel="preload" as="style" href="/assets/shared-3.css">',
    ]);
    expect(res.body).toContain("<title>t</title><link ");
    expect(res.body).toContain("</head><body><div id=root></div>");
  });

  it("in the reader's language from the SPA's cookie, Greek for an unknown one", async () => {
    const en = await app.inject({
      url: "/municipalities/serres",
      headers: { cookie: "cni.lang=en" },
    });
    expect(en.body).toContain("/assets/common-en.js");
    expect(en.body).not.toContain("/assets/common-el.js");
    const unknown = await app.inject({
      url: "/municipalities/serres",
      headers: { cookie: "cni.lang=xx" },
    });
    expect(unknown.body).toContain("/assets/directory-el.js");
  });

  it("is sent compressed to a browser that accepts it", async () => {
    const plain = await app.inject({ url: "/municipalities/serres" });
    const br = await app.inject({
      url: "/municipalities/serres",
      headers: { "accept-encoding": "gzip, deflate, br" },
    });
    expect(br.headers["content-encoding"]).toBe("br");
    expect(br.headers.vary).toContain("Accept-Encoding");
    expect(brotliDecompressSync(br.rawPayload).toString()).toBe(plain.body);
    const gz = await app.inject({ url: "/", headers: { "accept-encoding": "gzip" } });
    expect(gz.headers["content-encoding"]).toBe("gzip");
    expect(gunzipSync(gz.rawPayload).toString()).toBe(page);
  });

  it("other pages get index.html as it is", async () => {
    for (const url of ["/admin/users", "/municipalities", "/municipalities/serres/extra"]) {
      const res = await app.inject({ url });
      expect(res.statusCode).toBe(200);
      expect(res.body).toBe(page);
    }
  });
});
