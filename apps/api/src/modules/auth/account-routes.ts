import { changePasswordBody, renameAccountBody, sessionUser } from "@cni/contracts/auth";
import { problem } from "@cni/contracts/common";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { access, requireUser } from "../../lib/access.ts";
import { changePassword } from "./change-password.ts";
import { renameAccount } from "./rename-account.ts";
import { describeSessionUser } from "./session.ts";

/** The person's own account: name and password (the account page). */
const accountRoutes: FastifyPluginAsyncZod = async (app) => {
  app.patch(
    "/api/account",
    {
      config: { access: access.signedIn },
      schema: {
        tags: ["auth"],
        summary: "Change one's own name",
        body: renameAccountBody,
        response: { 200: sessionUser, 400: problem, 401: problem, 403: problem },
      },
    },
    async (request) => {
      const user = await renameAccount(app.db, {
        actor: requireUser(request.user),
        name: request.body.name,
      });
      return describeSessionUser(app.db, user);
    },
  );

  app.post(
    "/api/account/password",
    {
      config: {
        access: access.signedIn,
        rateLimit: { max: app.config.rateLimitMax, timeWindow: "1 minute" },
      },
      schema: {
        tags: ["auth"],
        summary:
          "Change one's own password (the current one required); the person's other sessions end",
        body: changePasswordBody,
        response: {
          204: z.null(),
          400: problem,
          401: problem,
          403: problem,
          422: problem,
          429: problem,
        },
      },
    },
    async (request, reply) => {
      await changePassword(app.db, {
        actor: requireUser(request.user),
        sessionId: request.sessionId!,
        currentPassword: request.body.currentPassword,
        newPassword: request.body.newPassword,
        source: request.ip,
      });
      return reply.code(204).send(null);
    },
  );
};

export default accountRoutes;
