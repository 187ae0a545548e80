// A pillar's page, and the pillars a municipality's user follows (their preference).
import { myPillars, myPillarsInput, pillarDetail, pillarParams } from "@cni/contracts/activities";
import { problem } from "@cni/contracts/common";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { access, requireUser } from "../../lib/access.ts";
import { getFollowedPillars } from "./get-followed-pillars.ts";
import { getPillar } from "./get-pillar.ts";
import { setFollowedPillars } from "./set-followed-pillars.ts";

const errors = { 400: problem, 401: problem, 403: problem, 404: problem };
// a verified officer or representative of a party today
const followers = access.partyMemberRoles("officer", "representative");

const pillarRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    "/api/pillars/:pillar",
    {
      config: { access: access.public },
      schema: {
        tags: ["activities"],
        summary: "A thematic pillar: description, activities by type, participating municipalities",
        params: pillarParams,
        response: { 200: pillarDetail, 400: problem, 404: problem },
      },
    },
    async (request) => getPillar(app.db, { actor: request.user, pillar: request.params.pillar }),
  );

  app.get(
    "/api/me/pillars",
    {
      config: { access: followers },
      schema: {
        tags: ["activities"],
        summary: "The pillars you follow",
        response: { 200: myPillars, ...errors },
      },
    },
    async (request) => getFollowedPillars(app.db, { actor: requireUser(request.user) }),
  );

  app.put(
    "/api/me/pillars",
    {
      config: { access: followers },
      schema: {
        tags: ["activities"],
        summary: "Choose the pillars you follow",
        body: myPillarsInput,
        response: { 200: myPillars, ...errors },
      },
    },
    async (request) =>
      setFollowedPillars(app.db, {
        actor: requireUser(request.user),
        pillars: request.body.pillars,
      }),
  );
};

export default pillarRoutes;
