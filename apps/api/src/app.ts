import { MAX_DOCUMENT_BYTES } from "@cni/contracts/accessions";
import fastifyMultipart from "@fastify/multipart";
import fastifyRateLimit from "@fastify/rate-limit";
import Fastify, { type FastifyServerOptions } from "fastify";
import {
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from "fastify-type-provider-zod";
import helmet from "helmet";
import type { Config } from "./config.ts";
import type { Db } from "./db/client.ts";
import { logRedaction } from "./lib/log-redaction.ts";
import accessionRoutes from "./modules/accessions/routes.ts";
import activityRoutes from "./modules/activities/routes.ts";
import amendmentRoutes from "./modules/amendments/routes.ts";
import auditRoutes from "./modules/audit/routes.ts";
import authRoutes from "./modules/auth/routes.ts";
import dashboardRoutes from "./modules/dashboard/routes.ts";
import designationRoutes from "./modules/designations/routes.ts";
import documentRoutes from "./modules/documents/routes.ts";
import emailPlugin from "./modules/email/plugin.ts";
import exportRoutes from "./modules/exports/routes.ts";
import healthRoutes from "./modules/health/routes.ts";
import invitationRoutes from "./modules/invitations/routes.ts";
import municipalityRoutes from "./modules/municipalities/routes.ts";
import networkHistoryRoutes from "./modules/network-history/routes.ts";
import noticeRoutes from "./modules/notices/routes.ts";
import registrationRoutes from "./modules/registrations/routes.ts";
import reminderRoutes from "./modules/reminders/routes.ts";
import reminderSchedulerPlugin from "./modules/reminders/scheduler.ts";
import reviewRoutes from "./modules/reviews/routes.ts";
import userRoutes from "./modules/users/routes.ts";
import viewAsRoutes from "./modules/view-as/routes.ts";
import withdrawalRoutes from "./modules/withdrawals/routes.ts";
import authPlugin from "./plugins/auth.ts";
import cachePlugin from "./plugins/cache.ts";
import compressPlugin from "./plugins/compress.ts";
import dbPlugin from "./plugins/db.ts";
import errorsPlugin, { sendProblem } from "./plugins/errors.ts";
import openapiPlugin from "./plugins/openapi.ts";
import spaPlugin from "./plugins/spa.ts";
import pressurePlugin, { loadRoute } from "./plugins/under-pressure.ts";

declare module "fastify" {
  interface FastifyInstance {
    config: Config;
  }
}

// The portal uses none of these browser features; no page (or injected script) may.
const PERMISSIONS_POLICY = [
  "accelerometer=()",
  "autoplay=()",
  "browsing-topics=()",
  "camera=()",
  "display-capture=()",
  "geolocation=()",
  "gyroscope=()",
  "magnetometer=()",
  "microphone=()",
  "midi=()",
  "payment=()",
  "usb=()",
  "xr-spatial-tracking=()",
].join(", ");

/**
 * A hop count trusts that many proxies in front (the address the outermost of them saw);
 * Fastify 5 turns a bare number into "trust nobody", so it becomes a function here. Use a
 * count only when the server is reachable through the proxy alone (HOST=127.0.0.1).
 */
function trustProxyOption(trust: Config["trustProxy"]): FastifyServerOptions["trustProxy"] {
  if (typeof trust === "number") return (_address: string, hop: number) => hop < trust;
  return trust;
}

export type BuildOptions = { config: Config; db: Db; logger?: FastifyServerOptions["logger"] };

/** Builds the whole application (API + SPA) without listening; tests use app.inject(). */
export async function buildApp({ config, db, logger = false }: BuildOptions) {
  const app = Fastify({
    // secrets (cookies, passwords, link tokens in URLs) are redacted whatever the caller sets
    logger: logger && typeof logger === "object" ? { ...logRedaction, ...logger } : logger,
    // only the configured proxies (a hop count or their addresses): X-Forwarded-For from
    // anyone else is ignored, so it cannot pick the address the rate limits count
    trustProxy: trustProxyOption(config.trustProxy),
    bodyLimit: 1024 * 1024,
    routerOptions: { maxParamLength: 200 },
    // plugins/under-pressure.ts answers requests that arrive while closing (problem+json)
    return503OnClosing: false,
    // errors raised before routing (a malformed or too long path) are problem+json too
    frameworkErrors: (error, _request, reply) =>
      sendProblem(reply, {
        status: error.statusCode ?? 400,
        code: error.code ?? "BAD_REQUEST",
        detail:
          error.code === "FST_ERR_MAX_PARAM_LENGTH"
            ? "A path parameter is too long"
            : "The URL is not valid",
      }),
  }).withTypeProvider<ZodTypeProvider>();

  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.decorate("config", config);

  await app.register(errorsPlugin);
  await app.register(pressurePlugin, { maxEventLoopDelayMs: config.maxEventLoopDelayMs });
  // helmet's middleware built once: @fastify/helmet rebuilt it (parsing the CSP) on every
  // request, ≈ 9 % of a cached request's CPU (profiled for decision 120)
  const securityHeaders = helmet({
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        // Mantine sets CSS variables through style attributes.
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", "data:", "blob:"],
        fontSrc: ["'self'", "data:"],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        frameAncestors: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        upgradeInsecureRequests: null,
      },
    },
    crossOriginEmbedderPolicy: false,
    // HSTS only over HTTPS (below): over plain HTTP it is meaningless, and a local server
    // answering http://127.0.0.1 must not pin the name to HTTPS.
    strictTransportSecurity: false,
  });
  app.addHook("onRequest", (request, reply, done) => {
    securityHeaders(request.raw, reply.raw, (error) => done(error as Error | undefined));
  });
  app.addHook("onRequest", async (request, reply) => {
    reply.header("permissions-policy", PERMISSIONS_POLICY);
    if (request.protocol === "https") {
      reply.header("strict-transport-security", "max-age=31536000; includeSubDomains");
    }
  });
  await app.register(fastifyRateLimit, { global: false });
  await app.register(dbPlugin, { db });
  await app.register(authPlugin);
  await app.register(cachePlugin);
  await app.register(compressPlugin);
  await app.register(openapiPlugin);
  await app.register(fastifyMultipart, {
    limits: { fileSize: MAX_DOCUMENT_BYTES, files: 1, fields: 10, fieldSize: 1000, parts: 12 },
  });
  await app.register(emailPlugin);
  await app.register(reminderSchedulerPlugin);

  await app.register(healthRoutes);
  await app.register(loadRoute, { maxEventLoopDelayMs: config.maxEventLoopDelayMs });
  await app.register(authRoutes);
  await app.register(userRoutes);
  await app.register(invitationRoutes);
  await app.register(registrationRoutes);
  await app.register(auditRoutes);
  await app.register(municipalityRoutes);
  await app.register(accessionRoutes);
  await app.register(documentRoutes);
  await app.register(noticeRoutes);
  await app.register(designationRoutes);
  await app.register(withdrawalRoutes);
  await app.register(networkHistoryRoutes);
  await app.register(exportRoutes);
  await app.register(activityRoutes);
  await app.register(reviewRoutes);
  await app.register(amendmentRoutes);
  await app.register(dashboardRoutes);
  await app.register(reminderRoutes);
  await app.register(viewAsRoutes);

  await app.register(spaPlugin, { webDist: config.webDist });
  return app;
}

export type App = Awaited<ReturnType<typeof buildApp>>;
