import { problem } from "@cni/contracts/common";
import { startViewAsBody, viewAs } from "@cni/contracts/view-as";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { access, requireUser } from "../../lib/access.ts";
import { toSessionUser } from "../auth/service.ts";
import { describeViewAs } from "./describe-view-as.ts";
import { endViewAs } from "./end-view-as.ts";
import { startViewAs } from "./start-view-as.ts";

const routes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    "/api/view-as",
    {
      config: { access: access.roles("coordinator") },
      schema: {
        tags: ["auth"],
        summary:
          "Coordinators: view the portal as an officer or representative sees it (read-only, audited) until DELETE /api/view-as",
        body: startViewAsBody,
        response: {
          200: viewAs,
          400: problem,
          401: problem,
          403: problem,
          404: problem,
          422: problem,
        },
      },
    },
    async (request, reply) => {
      const actor = requireUser(request.user);
      const { target, startedAt } = await startViewAs(app.db, {
        actor,
        sessionId: request.sessionId!,
        userId: request.body.userId,
      });
      reply.header("cache-control", "no-store");
      const described = await describeViewAs(app.db, {
        user: toSessionUser(target),
        viewAs: { by: actor, since: startedAt },
      });
      return described!;
    },
  );

  app.delete(
    "/api/view-as",
    {
      config: { access: access.roles("coordinator") },
      schema: {
        tags: ["auth"],
        summary: "Stop viewing as another user (the coordinator's own view again)",
        response: { 204: z.null(), 401: problem, 403: problem },
      },
    },
    async (request, reply) => {
      await endViewAs(app.db, { actor: requireUser(request.user), sessionId: request.sessionId! });
      return reply.code(204).send(null);
    },
  );
};

export default routes;
