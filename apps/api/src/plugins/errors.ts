import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import fp from "fastify-plugin";
import { hasZodFastifySchemaValidationErrors } from "fastify-type-provider-zod";
import { DomainError } from "../lib/errors.ts";

declare module "fastify" {
  interface FastifyInstance {
    spaEnabled: boolean;
    /** index.html for a page of the SPA (set by plugins/spa.ts). */
    sendSpaPage: (request: FastifyRequest, reply: FastifyReply) => FastifyReply;
  }
}

const TITLES: Record<number, string> = {
  400: "Bad Request",
  401: "Unauthorized",
  403: "Forbidden",
  404: "Not Found",
  405: "Method Not Allowed",
  406: "Not Acceptable",
  409: "Conflict",
  413: "Payload Too Large",
  415: "Unsupported Media Type",
  422: "Unprocessable Content",
  429: "Too Many Requests",
  500: "Internal Server Error",
  503: "Service Unavailable",
};

type ProblemBody = {
  type: string;
  title: string;
  status: number;
  detail?: string;
  code?: string;
  errors?: { path: string; message: string; code?: string }[];
};

export function sendProblem(reply: FastifyReply, body: Omit<ProblemBody, "type" | "title">) {
  const problem: ProblemBody = {
    type: "about:blank",
    title: TITLES[body.status] ?? "Error",
    ...body,
  };
  return reply.code(body.status).type("application/problem+json; charset=utf-8").send(problem);
}

function ruleCode(params: unknown): string | undefined {
  const code = (params as { params?: { code?: unknown } } | undefined)?.params?.code;
  return typeof code === "string" ? code : undefined;
}

const MALFORMED_MULTIPART =
  /^Multipart: Boundary not found$|^Boundary required$|Unexpected end of multipart data|terminated early due to unexpected end of multipart data|^Malformed part header$/;

/** One error handler: domain errors and validation errors become problem+json; 5xx hide details. */
export default fp(
  async function errorsPlugin(app: FastifyInstance) {
    app.setErrorHandler((error: FastifyError, request, reply) => {
      if (error instanceof DomainError) {
        if ((error.status === 429 || error.status === 503) && !reply.hasHeader("retry-after")) {
          reply.header("retry-after", "60");
        }
        return sendProblem(reply, {
          status: error.status,
          code: error.code,
          detail: error.message,
          errors: error.errors,
        });
      }
      if (hasZodFastifySchemaValidationErrors(error)) {
        return sendProblem(reply, {
          status: 400,
          code: "VALIDATION_FAILED",
          detail: "The request is not valid",
          errors: error.validation.map((issue) => ({
            path: issue.instancePath.split("/").filter(Boolean).join("."),
            message: issue.message ?? "Invalid value",
            // a contract's own rule names itself in `params.code` (e.g. "endsBeforeStart"):
            // clients word the error by that code, never by the English message
            code: ruleCode(issue.params) ?? issue.keyword,
          })),
        });
      }
      // Another process held the database's write lock longer than the busy timeout
      // (db/resilient-libsql.ts waited for it): a transient condition, not a bug.
      if ((error as { code?: string }).code === "P1008" || /SQLITE_BUSY/.test(error.message)) {
        request.log.warn({ err: error }, "database busy");
        reply.header("retry-after", "1");
        return sendProblem(reply, {
          status: 503,
          code: "DATABASE_BUSY",
          detail: "The database is busy, try again shortly",
        });
      }
      // A malformed multipart body: busboy throws plain Errors (no status), which would be 500s.
      if (!error.statusCode && MALFORMED_MULTIPART.test(error.message)) {
        return sendProblem(reply, {
          status: 400,
          code: "MALFORMED_MULTIPART",
          detail: "The multipart/form-data body is malformed (boundary, part headers or its end)",
        });
      }
      const status = error.statusCode ?? 500;
      if (status >= 500) {
        request.log.error({ err: error }, "request failed");
        return sendProblem(reply, {
          status,
          code: status === 503 ? "UNAVAILABLE" : "INTERNAL",
          detail:
            status === 503
              ? "The service is busy, try again shortly"
              : "Something went wrong on our side",
        });
      }
      if (status === 429) {
        return sendProblem(reply, { status, code: "RATE_LIMITED", detail: error.message });
      }
      // Fastify's own 4xx (malformed JSON, unsupported media type, body too large…)
      return sendProblem(reply, {
        status,
        code: error.code ?? "BAD_REQUEST",
        detail: error.message,
      });
    });

    // Unknown API paths are problem+json 404s; other GETs are client-side routes of the SPA.
    app.decorate("spaEnabled", false);
    app.decorate("sendSpaPage", (_request: FastifyRequest, reply: FastifyReply) => reply);
    app.setNotFoundHandler((request, reply) => {
      const urlPath = request.url.split("?")[0] ?? "/";
      const isPageRequest = request.method === "GET" || request.method === "HEAD";
      if (app.spaEnabled && isPageRequest && !urlPath.startsWith("/api")) {
        return app.sendSpaPage(request, reply);
      }
      return sendProblem(reply, {
        status: 404,
        code: "NOT_FOUND",
        detail: `No route ${request.method} ${urlPath}`,
      });
    });
  },
  { name: "errors" },
);
