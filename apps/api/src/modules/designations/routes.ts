import { problem } from "@cni/contracts/common";
import { designationBody, designationParams, designations } from "@cni/contracts/designations";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { access, assertCanActFor } from "../../lib/access.ts";
import { designate, getDesignations } from "./service.ts";

const routes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    "/api/municipalities/:id/designations",
    {
      config: { access: access.signedIn },
      schema: {
        tags: ["designations"],
        summary: "The current representative and alternate of a municipality, and their history",
        params: z.object({ id: z.string().min(1).max(100) }),
        response: { 200: designations, 401: problem, 404: problem },
      },
    },
    async (request) => getDesignations(app.db, request.params.id),
  );

  app.put(
    "/api/municipalities/:id/designations/:role",
    {
      config: { access: access.roles("officer", "coordinator") },
      schema: {
        tags: ["designations"],
        summary: "Designate a new representative or alternate from today (closes the current one)",
        params: designationParams,
        body: designationBody,
        response: {
          200: designations,
          400: problem,
          401: problem,
          403: problem,
          404: problem,
          409: problem,
        },
      },
    },
    async (request) => {
      assertCanActFor(request.user!, request.params.id);
      return designate(app.db, request.user!, request.params.id, request.params.role, request.body);
    },
  );
};

export default routes;
