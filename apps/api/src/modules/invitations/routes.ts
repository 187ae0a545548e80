import { problem } from "@cni/contracts/common";
import {
  acceptInvitationBody,
  acceptInvitationResponse,
  invitationView,
  tokenParams,
} from "@cni/contracts/invitations";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { access } from "../../lib/access.ts";
import { describeSessionUser, setSessionCookie } from "../auth/session.ts";
import { acceptInvitation, viewInvitation } from "./service.ts";

const routes: FastifyPluginAsyncZod = async (app) => {
  const rateLimit = { max: app.config.rateLimitMax, timeWindow: "1 minute" };

  app.get(
    "/api/invitations/:token",
    {
      // The holder of the link sees whom it invites; the token itself is the credential.
      config: { access: access.public, rateLimit: { ...rateLimit, max: rateLimit.max * 3 } },
      schema: {
        tags: ["invitations"],
        summary: "Whom an invitation link invites, and whether it is still valid",
        params: tokenParams,
        response: { 200: invitationView, 400: problem, 404: problem, 429: problem },
      },
    },
    async (request, reply) => {
      reply.header("cache-control", "no-store");
      reply.header("referrer-policy", "no-referrer");
      return viewInvitation(app.db, request.params.token);
    },
  );

  app.post(
    "/api/invitations/:token/accept",
    {
      config: { access: access.public, rateLimit },
      schema: {
        tags: ["invitations"],
        summary: "Accept an invitation: set the password and sign in (single use)",
        params: tokenParams,
        body: acceptInvitationBody,
        response: {
          200: acceptInvitationResponse,
          400: problem,
          403: problem,
          404: problem,
          409: problem,
          429: problem,
        },
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
