// The built SPA as the browser gets it: the build's brotli/gzip copies sent as they are,
// hashed assets cached for a year (immutable), pages revalidated (issue 16).
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { brotliCompressSync, brotliDecompressSync, gzipSync } from "node:zlib";
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
