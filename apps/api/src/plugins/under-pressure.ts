import underPressure from "@fastify/under-pressure";
import type { FastifyInstance } from "fastify";
import fp from "fastify-plugin";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { access } from "../lib/access.ts";
import { unavailable } from "../lib/errors.ts";

/**
 * Load shedding and graceful shutdown.
 *
 * Overload: a request is answered at once with a 503 problem+json (`code: OVERLOADED`)
 * and `Retry-After`, before any session lookup or database work, when the event loop is
 * congested — so the requests that are let through keep a bounded latency instead of every
 * request queueing behind a growing backlog. Two measures, same threshold:
 * - @fastify/under-pressure's sampled event-loop delay (mean over `sampleIntervalMs`);
 * - how long the event loop has now been busy without coming round to its timers (wall
 *   time since a 10 ms heartbeat, minus the time libuv spent idle meanwhile). This one
 *   matters most here: libSQL answers synchronously, so under a flood one turn of the
 *   event loop runs hundreds of complete requests back to back while no timer fires — the
 *   sampled mean stays low and stale (measured with only the first measure: mean 178 ms,
 *   p50 latency 4 s, nothing shed). A request that finds the loop busy for longer than
 *   `maxEventLoopDelayMs` has queued that long behind others: it is shed (~0.1 ms) and the
 *   loop comes round sooner — provided the loop was also ≥ 90 % busy over the last ~1 s,
 *   so one slow request (a big export) does not get the few requests behind it refused.
 *   (Subtracting idle time keeps a quiet process that the OS did not schedule for a while
 *   from shedding the first request it gets.)
 * Only /api requests are shed; the SPA's files are always served.
 *
 * Shutdown (server.ts: close-with-grace → app.close() on SIGTERM/SIGINT): Fastify stops
 * accepting connections and waits for the requests in flight; a request that still
 * arrives on an open keep-alive connection gets a 503 problem+json (`code: SHUTTING_DOWN`)
 * with `Connection: close` and `Retry-After` (app.ts sets `return503OnClosing: false`
 * so this hook, not Fastify's plain-JSON 503, answers it).
 *
 * `GET /api/health/load` reports the measured pressure (and answers 503 itself when over).
 */
export type PressureOptions = {
  /** Shed load while the mean event-loop delay is above this (ms). */
  maxEventLoopDelayMs?: number;
  /** How often the delay is sampled (ms). */
  sampleIntervalMs?: number;
  /** Seconds a client should wait before retrying. */
  retryAfterSeconds?: number;
};

/** The event loop must also have been this busy over the last ~1 s to shed load. */
const MIN_UTILIZATION = 0.9;

export const PRESSURE_DEFAULTS = {
  maxEventLoopDelayMs: 200,
  sampleIntervalMs: 1000,
  retryAfterSeconds: 5,
} satisfies Required<PressureOptions>;

declare module "fastify" {
  interface FastifyInstance {
    shuttingDown: boolean;
  }
}

const loadResponse = z.object({
  status: z.enum(["ok", "overloaded", "shutting_down"]),
  eventLoopDelayMs: z.number(),
  eventLoopUtilization: z.number(),
  heapUsedBytes: z.number(),
  rssBytes: z.number(),
  maxEventLoopDelayMs: z.number(),
});

/** GET /api/health/load — registered with the other routes (app.ts), after the auth plugin. */
export const loadRoute: FastifyPluginAsyncZod<{ maxEventLoopDelayMs: number }> = async (
  app,
  opts,
) => {
  app.get(
    "/api/health/load",
    {
      config: { access: access.public },
      schema: {
        tags: ["health"],
        summary:
          "Measured load (event-loop delay and utilisation, memory); 503 while shedding load or shutting down",
        response: { 200: loadResponse },
      },
    },
    async (_request, reply) => {
      reply.header("cache-control", "no-store");
      const usage = app.memoryUsage();
      return {
        status: app.shuttingDown
          ? ("shutting_down" as const)
          : app.isUnderPressure()
            ? ("overloaded" as const)
            : ("ok" as const),
        eventLoopDelayMs: Math.round(usage.eventLoopDelay * 100) / 100,
        eventLoopUtilization: Math.round(usage.eventLoopUtilized * 1000) / 1000,
        heapUsedBytes: usage.heapUsed,
        rssBytes: usage.rssBytes,
        maxEventLoopDelayMs: opts.maxEventLoopDelayMs,
      };
    },
  );
};

export default fp(
  async function pressurePlugin(app: FastifyInstance, opts: PressureOptions) {
    const { maxEventLoopDelayMs, sampleIntervalMs, retryAfterSeconds } = {
      ...PRESSURE_DEFAULTS,
      ...opts,
    };
    const retryAfter = String(retryAfterSeconds);

    app.decorate("shuttingDown", false);
    app.addHook("preClose", async () => {
      app.shuttingDown = true;
    });
    // First onRequest hook of the app (registered before auth): refuse work while closing.
    app.addHook("onRequest", async (_request, reply) => {
      if (!app.shuttingDown) return;
      reply.header("connection", "close").header("retry-after", retryAfter);
      throw unavailable("SHUTTING_DOWN", "The server is restarting, try again shortly");
    });

    // How long the event loop has been busy since it last ran timers: the wall time since
    // a 10 ms heartbeat minus the time libuv spent idle (waiting for I/O) meanwhile.
    let beatAt = performance.now();
    let beatIdle = performance.eventLoopUtilization().idle;
    const heartbeat = setInterval(() => {
      beatAt = performance.now();
      beatIdle = performance.eventLoopUtilization().idle;
    }, 10);
    heartbeat.unref();
    // Marks for the utilization over the last ~1 s (longer while timers are starved).
    const marks: ReturnType<typeof performance.eventLoopUtilization>[] = [
      performance.eventLoopUtilization(),
    ];
    const sampler = setInterval(() => {
      marks.push(performance.eventLoopUtilization());
      if (marks.length > 5) marks.shift();
    }, 250);
    sampler.unref();
    app.addHook("onClose", async () => {
      clearInterval(heartbeat);
      clearInterval(sampler);
    });
    if (maxEventLoopDelayMs > 0) {
      app.addHook("onRequest", async (request, reply) => {
        // Only API work is shed: the SPA's files are cheap, and a refused JS chunk breaks the page.
        if (!request.url.startsWith("/api")) return;
        const sinceBeat = performance.now() - beatAt;
        if (sinceBeat <= maxEventLoopDelayMs) return;
        const busy = sinceBeat - (performance.eventLoopUtilization().idle - beatIdle);
        if (busy <= maxEventLoopDelayMs) return;
        // …and it has been busy most of the last second: overload, not one slow request
        // (whose followers waited, but are not a growing queue).
        const oldest = marks[0];
        if (oldest && performance.eventLoopUtilization(oldest).utilization < MIN_UTILIZATION) {
          return;
        }
        reply.header("retry-after", retryAfter);
        throw unavailable("OVERLOADED", "The server is busy, try again shortly");
      });
    }

    await app.register(underPressure, {
      maxEventLoopDelay: maxEventLoopDelayMs,
      sampleInterval: sampleIntervalMs,
      // utilization over the last sample, not since start (reported by /api/health/load)
      eventLoopUtilizationMode: "interval",
      retryAfter: retryAfterSeconds,
      // A rejected promise goes to the error handler (plugins/errors.ts): problem+json.
      pressureHandler: async (request, reply) => {
        if (!request.url.startsWith("/api")) return; // resolves: the request goes on
        reply.header("retry-after", retryAfter);
        throw unavailable("OVERLOADED", "The server is busy, try again shortly");
      },
    });
  },
  { name: "pressure", dependencies: ["errors"] },
);
