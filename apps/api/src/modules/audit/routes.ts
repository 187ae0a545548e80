import { auditFacets, auditList, auditQuery } from "@cni/contracts/audit";
import { problem } from "@cni/contracts/common";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { access } from "../../lib/access.ts";
import { listAudit } from "./list-audit.ts";
import { listAuditFacets } from "./list-audit-facets.ts";

const coordinator = access.roles("coordinator");

const routes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    "/api/audit",
    {
      config: { access: coordinator },
      schema: {
        tags: ["audit"],
        summary:
          "The audit log, newest first, by entity, actor and Athens date range (coordinator)",
        querystring: auditQuery,
        response: { 200: auditList, 400: problem, 401: problem, 403: problem },
      },
    },
    async (request, reply) => {
      reply.header("cache-control", "no-store");
      return listAudit(app.db, { query: request.query });
    },
  );

  app.get(
    "/api/audit/facets",
    {
      config: { access: coordinator },
      schema: {
        tags: ["audit"],
        summary: "Entity types and actors present in the audit log, for its filters (coordinator)",
        response: { 200: auditFacets, 401: problem, 403: problem },
      },
    },
    async (_request, reply) => {
      reply.header("cache-control", "no-store");
      return listAuditFacets(app.db);
    },
  );
};

export default routes;
