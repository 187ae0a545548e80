// The plugins' order is declared (fastify-plugin `dependencies`), not kept by comments:
// registering one before what it depends on fails at start-up (docs/decisions/008).
import Fastify from "fastify";
import { describe, expect, it } from "vitest";
import cachePlugin from "./cache.ts";
import compressPlugin from "./compress.ts";
import errorsPlugin from "./errors.ts";
import pressurePlugin from "./under-pressure.ts";

describe("plugin dependencies", () => {
  it("refuses compression before the response cache, and accepts it after", async () => {
    const wrong = Fastify();
    wrong.register(compressPlugin);
    await expect(wrong.ready()).rejects.toThrow(/response-cache/);
    await wrong.close();

    const right = Fastify();
    right.register(cachePlugin, { dataVersion: async () => "1", today: () => "2026-01-01" });
    right.register(compressPlugin);
    await expect(right.ready()).resolves.toBeDefined();
    await right.close();
  });

  it("refuses load shedding before the error handler", async () => {
    const wrong = Fastify();
    wrong.register(pressurePlugin, { maxEventLoopDelayMs: 0 });
    await expect(wrong.ready()).rejects.toThrow(/errors/);
    await wrong.close();

    const right = Fastify();
    right.register(errorsPlugin);
    right.register(pressurePlugin, { maxEventLoopDelayMs: 0 });
    await expect(right.ready()).resolves.toBeDefined();
    await right.close();
  });
});
