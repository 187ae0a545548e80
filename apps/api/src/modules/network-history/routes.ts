import { idParams, problem } from "@cni/contracts/common";
import { membersOverTime, timeline, timelineQuery } from "@cni/contracts/network-history";
import { athensToday } from "@cni/domain/dates";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { access } from "../../lib/access.ts";
import { getMembersOverTime } from "./get-members-over-time.ts";
import { getTimeline } from "./get-timeline.ts";

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
      return getTimeline(app.db, {
        municipalityId: request.params.id,
        asOf: request.query.asOf ?? athensToday(),
        signedIn: request.user !== null,
      });
    },
  );

  app.get(
    "/api/network/members-over-time",
    {
      config: { access: access.public },
      schema: {
        tags: ["municipalities"],
        summary:
          "The number of parties (and of withdrawing and unknown members) at every date it changed, up to today",
        response: { 200: membersOverTime },
      },
    },
    async () => getMembersOverTime(app.db),
  );
};

export default routes;
