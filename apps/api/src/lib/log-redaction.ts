// Secrets never reach the logs: cookies, CSRF tokens, passwords and link tokens. Links put
// their token in the URL fragment (never sent to the server), but an old invitation link
// (`/invitations/<token>`) or the deprecated API routes still carry one in the path, so the
// request serializer masks it, and any body that gets logged loses its secret fields.
import type { FastifyRequest } from "fastify";

const CENSOR = "[redacted]";

/** Masks tokens in paths and query strings: /invitations/<t>, /reset-password/<t>, ?token=. */
export function redactUrl(url: string): string {
  return url
    .replace(/(\/invitations\/)(?!lookup(?:[/?#]|$)|accept(?:[/?#]|$))[^/?#]+/g, `$1${CENSOR}`)
    .replace(/(\/reset-password\/)[^/?#]+/g, `$1${CENSOR}`)
    .replace(/([?&](?:token|t|code)=)[^&#]*/gi, `$1${CENSOR}`);
}

const SECRET_FIELDS = ["password", "currentPassword", "newPassword", "token", "csrfToken"];

/** pino options for Fastify's logger (merged in app.ts under whatever the caller passes). */
export const logRedaction = {
  redact: {
    paths: [
      "req.headers.cookie",
      'req.headers["x-csrf-token"]',
      "req.headers.authorization",
      'res.headers["set-cookie"]',
      ...SECRET_FIELDS.flatMap((field) => [field, `*.${field}`, `*.*.${field}`]),
    ],
    censor: CENSOR,
  },
  serializers: {
    req(request: FastifyRequest) {
      return {
        method: request.method,
        url: redactUrl(request.url),
        host: request.host,
        remoteAddress: request.ip,
        // as Fastify's own serializer: tells the requests of one connection apart
        remotePort: request.socket?.remotePort,
      };
    },
  },
};
