import { existsSync } from "node:fs";
import path from "node:path";
import fastifyStatic from "@fastify/static";
import type { FastifyInstance } from "fastify";
import fp from "fastify-plugin";
import { LANGUAGE_COOKIE, loadSpaPages } from "./page-preloads.ts";
import { preferredEncoding } from "./response-cache.ts";

/**
 * Serves the built SPA from one origin with the API: hashed assets cached for a year,
 * index.html for every other non-API path (the not-found handler in errors.ts). The build
 * writes .br and .gz copies of its text files (apps/web/build/precompress-plugin.ts); they
 * are sent as they are, so assets are not compressed again on every request (the compress
 * plugin leaves an answer that already has a Content-Encoding alone). Pages get index.html
 * with the preload links of their first render (plugins/page-preloads.ts).
 */
export default fp(
  async function spaPlugin(app: FastifyInstance, opts: { webDist: string }) {
    const indexFile = path.join(opts.webDist, "index.html");
    if (!existsSync(indexFile)) {
      app.log.warn(`No SPA build at ${opts.webDist}; serving the API only`);
      return;
    }
    await app.register(fastifyStatic, {
      root: opts.webDist,
      wildcard: false,
      index: false,
      preCompressed: true,
      setHeaders(res, filePath) {
        if (filePath.includes(`${path.sep}assets${path.sep}`)) {
          res.header("cache-control", "public, max-age=31536000, immutable");
        } else {
          res.header("cache-control", "no-cache");
        }
      },
    });
    const pages = loadSpaPages(opts.webDist);
    // Compressed here: the compress plugin's hook does not reach the not-found handler
    // that sends pages (it is set before that plugin is registered).
    app.sendSpaPage = (request, reply) => {
      const urlPath = request.url.split("?")[0] ?? "/";
      const language = request.cookies?.[LANGUAGE_COOKIE];
      const encoding = preferredEncoding(request.headers["accept-encoding"]);
      reply
        .header("cache-control", "no-cache")
        .header("vary", "Accept-Encoding, Cookie")
        .type("text/html; charset=utf-8");
      if (!encoding) return reply.send(pages.html(urlPath, language));
      return reply
        .header("content-encoding", encoding)
        .send(pages.encoded(urlPath, language, encoding));
    };
    app.spaEnabled = true;
  },
  { name: "spa", dependencies: ["errors"] },
);
