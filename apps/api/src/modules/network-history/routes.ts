import { idParams, problem } from "@cni/contracts/common";
import { membersOverTime, timeline, timelineQuery } from "@cni/contracts/network-history";
import { athensToday } from "@cni/domain/dates";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { access } from "../../lib/access.ts";
import { getMembersOverTime, getTimeline } from "./service.ts";

const routes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    "/api/municipalities/:id/timeline",
    {
      config: { access: access.public },
      schema: {
        tags: ["municipalities"],
        summary:
          "A municipality's events in the network up to a date (designations: signed-in users only)",
        params: idParams,
        querystring: timelineQuery,
        response: { 200: timeline, 400: problem, 404: problem },
      },
    },
    async (request, reply) => {
      // The answer depends on who asks (designations are personal data): never share it.
      reply.header("cache-control", "private, no-store");
      return getTimeline(
        app.db,
        request.params.id,
        request.query.asOf ?? athensToday(),
        request.user !== null,
      );
    },
  );

  app.get(
    "/api/network/members-over-time",
    {
      config: { access: access.public },
      schema: {
        tags: ["municipalities"],
        summary: "The number of members at every date it changed, up to today",
        response: { 200: membersOverTime },
      },
    },
    async () => getMembersOverTime(app.db),
  );
};

export default routes;
