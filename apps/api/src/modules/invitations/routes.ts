import { problem } from "@cni/contracts/common";
import {
  acceptInvitationBody,
  acceptInvitationResponse,
  acceptInvitationWithTokenBody,
  invitationTokenBody,
  invitationView,
  tokenParams,
} from "@cni/contracts/invitations";
import type { FastifyRequest } from "fastify";
import type { FastifyPluginAsyncZod as ZodPlugin } from "fastify-type-provider-zod";
import { access } from "../../lib/access.ts";
import { perAccountLimit } from "../auth/keyed-limit.ts";
import { describeSessionUser, setSessionCookie } from "../auth/session.ts";
import { acceptInvitation, viewInvitation } from "./service.ts";

// Links carry the token in the URL fragment (`/invitations#<token>`), which browsers never
// send: the page posts it in the body (`/lookup`, `/accept`). The routes with the token in
// the path stay for clients written against the first contract; their URLs are redacted in
// the logs (lib/log-redaction.ts).
const tokenOf = (request: FastifyRequest) => {
  const body = request.body as { token?: unknown } | undefined;
  const params = request.params as { token?: unknown } | undefined;
  const token = body?.token ?? params?.token;
  return typeof token === "string" ? token : undefined;
};

const routes: ZodPlugin = async (app) => {
  const rateLimit = { max: app.config.rateLimitMax, timeWindow: "1 minute" };
  const viewLimit = { ...rateLimit, max: rateLimit.max * 3 };
  // per invitation (i.e. per account), whatever the addresses
  const perInvitation = perAccountLimit(app, "invitation-accept", tokenOf);
  const noStore = (reply: { header: (k: string, v: string) => unknown }) => {
    reply.header("cache-control", "no-store");
    reply.header("referrer-policy", "no-referrer");
  };
  const acceptResponses = {
    200: acceptInvitationResponse,
    400: problem,
    403: problem,
    404: problem,
    409: problem,
    422: problem,
    429: problem,
  };

  app.post(
    "/api/invitations/lookup",
    {
      // The holder of the link sees whom it invites; the token itself is the credential.
      config: { access: access.public, rateLimit: viewLimit },
      schema: {
        tags: ["invitations"],
        summary:
          "Whom an invitation link invites, and whether it is still valid (token in the body)",
        body: invitationTokenBody,
        response: { 200: invitationView, 400: problem, 404: problem, 429: problem },
      },
    },
    async (request, reply) => {
      noStore(reply);
      return viewInvitation(app.db, request.body.token);
    },
  );

  app.post(
    "/api/invitations/accept",
    {
      config: { access: access.public, rateLimit },
      preHandler: perInvitation,
      schema: {
        tags: ["invitations"],
        summary:
          "Accept an invitation: set the password and sign in (single use; token in the body)",
        body: acceptInvitationWithTokenBody,
        response: acceptResponses,
      },
    },
    async (request, reply) => {
      const result = await acceptInvitation(
        app.db,
        request.body.token,
        request.body.password,
        request.sessionId,
      );
      setSessionCookie(request, reply, result.token);
      return { user: await describeSessionUser(app.db, result.user), csrfToken: result.csrfToken };
    },
  );

  app.get(
    "/api/invitations/:token",
    {
      config: { access: access.public, rateLimit: viewLimit },
      schema: {
        tags: ["invitations"],
        summary: "Deprecated (the token would reach URL logs): use POST /api/invitations/lookup",
        deprecated: true,
        params: tokenParams,
        response: { 200: invitationView, 400: problem, 404: problem, 429: problem },
      },
    },
    async (request, reply) => {
      noStore(reply);
      return viewInvitation(app.db, request.params.token);
    },
  );

  app.post(
    "/api/invitations/:token/accept",
    {
      config: { access: access.public, rateLimit },
      preHandler: perInvitation,
      schema: {
        tags: ["invitations"],
        summary: "Deprecated (the token would reach URL logs): use POST /api/invitations/accept",
        deprecated: true,
        params: tokenParams,
        body: acceptInvitationBody,
        response: acceptResponses,
      },
    },
    async (request, reply) => {
      const result = await acceptInvitation(
        app.db,
        request.params.token,
        request.body.password,
        request.sessionId,
      );
      setSessionCookie(request, reply, result.token);
      return { user: await describeSessionUser(app.db, result.user), csrfToken: result.csrfToken };
    },
  );
};

export default routes;
