import fastifyCompress from "@fastify/compress";
import type { FastifyInstance } from "fastify";
import fp from "fastify-plugin";

/**
 * Response compression (brotli, else gzip) for text answers over 1 kB: the SPA's
 * JavaScript and CSS (~1 MB, ~250 kB compressed; Lighthouse flagged it) and JSON. Brotli at
 * quality 4, as @fastify/compress recommends: quality 11 would cost more CPU than it saves
 * bandwidth here. Cached API answers are compressed once by plugins/cache.ts instead (it
 * sets Content-Encoding, and this plugin leaves such answers alone). Request bodies are
 * not decompressed (no compressed uploads; no zip bombs).
 *
 * Its `dependencies` make it load after plugins/cache.ts: both add onSend hooks, and the
 * cache's must see the answer before it is compressed.
 */
export default fp(
  async function compressPlugin(app: FastifyInstance) {
    await app.register(fastifyCompress, {
      global: true,
      globalDecompression: false,
      encodings: ["br", "gzip"],
      threshold: 1024,
    });
  },
  // its onSend hook must come after the response cache's, which stores the plain answer
  { name: "compress", dependencies: ["response-cache"] },
);
