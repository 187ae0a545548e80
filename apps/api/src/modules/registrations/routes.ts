import { problem } from "@cni/contracts/common";
import { registrationBody, registrationResponse } from "@cni/contracts/registrations";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { access } from "../../lib/access.ts";
import { describeSessionUser, setSessionCookie } from "../auth/session.ts";
import { register } from "./service.ts";

const routes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    "/api/registrations",
    {
      config: {
        access: access.public,
        rateLimit: { max: app.config.rateLimitMax, timeWindow: "1 minute" },
      },
      schema: {
        tags: ["registrations"],
        summary:
          "A municipality that is not a member registers its officer (signed in at once); rate-limited",
        body: registrationBody,
        response: {
          201: registrationResponse,
          400: problem,
          403: problem,
          409: problem,
          422: problem,
          429: problem,
        },
      },
    },
    async (request, reply) => {
      const result = await register(app.db, request.body, request.sessionId);
      setSessionCookie(request, reply, result.token);
      return reply.code(201).send({
        user: await describeSessionUser(app.db, result.user),
        csrfToken: result.csrfToken,
        municipality: result.municipality,
      });
    },
  );
};

export default routes;
