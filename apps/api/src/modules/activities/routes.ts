// The activities: list, matrix, one, and the coordinator's and members' changes. The feeds
// (feed-routes.ts) and the pillars (pillar-routes.ts) are registered from here.
import {
  activity,
  activityFilter,
  activityInput,
  activityList,
  activityListQuery,
  activityMatrix,
  activityPatch,
  activityProposalInput,
} from "@cni/contracts/activities";
import { idParams, problem } from "@cni/contracts/common";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { access, requireUser } from "../../lib/access.ts";
import { countActivityMatrix } from "./count-activity-matrix.ts";
import { createActivity } from "./create-activity.ts";
import { deleteActivity } from "./delete-activity.ts";
import feedRoutes from "./feed-routes.ts";
import { getActivity } from "./get-activity.ts";
import { listActivities } from "./list-activities.ts";
import pillarRoutes from "./pillar-routes.ts";
import { proposeActivity } from "./propose-activity.ts";
import { publishActivity } from "./publish-activity.ts";
import { setOwnParticipation } from "./set-own-participation.ts";
import { updateActivity } from "./update-activity.ts";

const errors = { 400: problem, 401: problem, 403: problem, 404: problem };
const writeErrors = { ...errors, 409: problem, 422: problem };
const coordinator = access.roles("coordinator");
// members only: a verified officer or representative of a party today
const municipalityUser = access.partyMemberRoles("officer", "representative");

const routes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    "/api/activities",
    {
      // response cache (plugins/cache.ts): the list depends only on the URL, the caller,
      // the Athens date and audited data; anonymous callers share one entry
      config: { access: access.public, cache: "per-user" },
      schema: {
        tags: ["activities"],
        summary:
          "The activities, filtered and paginated. Anonymous callers see only public ones; coordinators add published=false for the proposals",
        querystring: activityListQuery,
        response: { 200: activityList, 400: problem },
      },
    },
    async (request) => listActivities(app.db, { actor: request.user, query: request.query }),
  );

  app.get(
    "/api/activities/matrix",
    {
      // cached like the list (same visibility rules): the activities page asks for it on
      // every load, and its group-bys over all activities take ≈ 100 ms of the server
      config: { access: access.public, cache: "per-user" },
      schema: {
        tags: ["activities"],
        summary: "Counts per activity type × pillar for the same filters and visibility",
        querystring: activityFilter,
        response: { 200: activityMatrix, 400: problem },
      },
    },
    async (request) => countActivityMatrix(app.db, { actor: request.user, filter: request.query }),
  );

  app.get(
    "/api/activities/:id",
    {
      config: { access: access.public },
      schema: {
        tags: ["activities"],
        summary:
          "One activity (members-only and unpublished ones are 404 to those who may not see them)",
        params: idParams,
        response: { 200: activity, ...errors },
      },
    },
    async (request) => getActivity(app.db, { actor: request.user, id: request.params.id }),
  );

  app.post(
    "/api/activities",
    {
      config: { access: coordinator },
      schema: {
        tags: ["activities"],
        summary: "Create a published activity",
        body: activityInput,
        response: { 201: activity, ...writeErrors },
      },
    },
    async (request, reply) => {
      const actor = requireUser(request.user);
      return reply.code(201).send(await createActivity(app.db, { actor, input: request.body }));
    },
  );

  app.patch(
    "/api/activities/:id",
    {
      config: { access: coordinator },
      schema: {
        tags: ["activities"],
        summary: "Change an activity (the result is checked as a whole)",
        params: idParams,
        body: activityPatch,
        response: { 200: activity, ...writeErrors },
      },
    },
    async (request) =>
      updateActivity(app.db, {
        actor: requireUser(request.user),
        id: request.params.id,
        patch: request.body,
      }),
  );

  app.delete(
    "/api/activities/:id",
    {
      config: { access: coordinator },
      schema: {
        tags: ["activities"],
        summary: "Delete an activity, or turn down a proposal",
        params: idParams,
        response: { 204: z.null(), ...writeErrors },
      },
    },
    async (request, reply) => {
      await deleteActivity(app.db, { actor: requireUser(request.user), id: request.params.id });
      return reply.code(204).send(null);
    },
  );

  app.post(
    "/api/activities/proposals",
    {
      config: { access: municipalityUser },
      schema: {
        tags: ["activities"],
        summary:
          "Propose an activity (unpublished until a coordinator publishes it); the host defaults to your municipality",
        body: activityProposalInput,
        response: { 201: activity, ...writeErrors },
      },
    },
    async (request, reply) => {
      const actor = requireUser(request.user);
      return reply.code(201).send(await proposeActivity(app.db, { actor, input: request.body }));
    },
  );

  app.post(
    "/api/activities/:id/publish",
    {
      config: { access: coordinator },
      schema: {
        tags: ["activities"],
        summary: "Publish a proposed activity",
        params: idParams,
        response: { 200: activity, ...writeErrors },
      },
    },
    async (request) =>
      publishActivity(app.db, { actor: requireUser(request.user), id: request.params.id }),
  );

  for (const [method, participating, summary] of [
    ["POST", true, "Mark your own municipality as taking part (idempotent)"],
    ["DELETE", false, "Withdraw your own municipality's participation (idempotent)"],
  ] as const) {
    app.route({
      method,
      url: "/api/activities/:id/participants/me",
      config: { access: municipalityUser },
      schema: {
        tags: ["activities"],
        summary,
        params: idParams,
        response: { 200: activity, ...writeErrors },
      },
      handler: async (request) =>
        setOwnParticipation(app.db, {
          actor: requireUser(request.user),
          id: request.params.id,
          participating,
        }),
    });
  }

  await app.register(feedRoutes);
  await app.register(pillarRoutes);
};

export default routes;
