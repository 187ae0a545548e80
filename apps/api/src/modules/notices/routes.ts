import { idParams, problem } from "@cni/contracts/common";
import { notice, noticeList, noticeListQuery } from "@cni/contracts/notices";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { access, requireUser } from "../../lib/access.ts";
import { acknowledgeNotice } from "./acknowledge-notice.ts";
import { listNotices } from "./list-notices.ts";

const routes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    "/api/notices",
    {
      // kept per user and data version (plugins/cache.ts); the browser keeps no copy
      // its own inbox to any verified account of a municipality, party or not: an applicant
      // learns there that its declaration came back (decision 090)
      config: {
        access: access.roles("officer", "representative", "coordinator"),
        cache: "personal",
      },
      schema: {
        tags: ["notices"],
        summary:
          "Notices addressed to a municipality (own for officers and representatives; any or all for coordinators) or, with addressedTo=coordinators, to the coordinators; unacknowledged first, newest first, 50 a page",
        querystring: noticeListQuery,
        response: { 200: noticeList, 400: problem, 401: problem, 403: problem },
      },
    },
    async (request) =>
      listNotices(app.db, { actor: requireUser(request.user), query: request.query }),
  );

  app.post(
    "/api/notices/:id/acknowledge",
    {
      config: { access: access.roles("officer", "representative", "coordinator") },
      schema: {
        tags: ["notices"],
        summary:
          "Acknowledge a notice (the recipient's officer or representative; a coordinator, one addressed to the coordinators); idempotent: a repeat returns the first acknowledgement",
        params: idParams,
        response: { 200: notice, 401: problem, 403: problem, 404: problem },
      },
    },
    async (request) =>
      acknowledgeNotice(app.db, { actor: requireUser(request.user), id: request.params.id }),
  );
};

export default routes;
