import { idParams, problem } from "@cni/contracts/common";
import { notice, noticeList, noticeListQuery } from "@cni/contracts/notices";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { access } from "../../lib/access.ts";
import { acknowledgeNotice, listNotices } from "./service.ts";

const routes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    "/api/notices",
    {
      config: { access: access.signedIn },
      schema: {
        tags: ["notices"],
        summary:
          "Notices addressed to a municipality (own for officers and representatives; any or all for coordinators)",
        querystring: noticeListQuery,
        response: { 200: noticeList, 400: problem, 401: problem, 403: problem },
      },
    },
    async (request, reply) => {
      reply.header("cache-control", "private, no-store");
      return listNotices(app.db, request.user!, request.query);
    },
  );

  app.post(
    "/api/notices/:id/acknowledge",
    {
      config: { access: access.roles("officer", "representative") },
      schema: {
        tags: ["notices"],
        summary:
          "Acknowledge a notice (the recipient's officer or representative); idempotent: a repeat returns the first acknowledgement",
        params: idParams,
        response: { 200: notice, 401: problem, 403: problem, 404: problem },
      },
    },
    async (request) => acknowledgeNotice(app.db, request.user!, request.params.id),
  );
};

export default routes;
