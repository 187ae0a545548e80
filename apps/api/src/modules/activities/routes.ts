import {
  activity,
  activityFilter,
  activityInput,
  activityList,
  activityListQuery,
  activityMatrix,
  activityPatch,
  activityProposalInput,
  myPillars,
  myPillarsInput,
  pillarDetail,
  pillarParams,
} from "@cni/contracts/activities";
import { idParams, problem } from "@cni/contracts/common";
import { isOneOf, PILLARS } from "@cni/domain/enums";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { access, requireUser } from "../../lib/access.ts";
import { notFound } from "../../lib/errors.ts";
import { activitiesCsv, activitiesIcs } from "./feeds.ts";
import { getPillar } from "./pillars.ts";
import { viewerOf } from "./query.ts";
import {
  activityMatrix as buildMatrix,
  createActivity,
  deleteActivity,
  getActivity,
  getMyPillars,
  listActivities,
  proposeActivity,
  publishActivity,
  setMyPillars,
  setOwnParticipation,
  updateActivity,
} from "./service.ts";

const errors = { 400: problem, 401: problem, 403: problem, 404: problem };
const writeErrors = { ...errors, 409: problem, 422: problem };

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
    async (request) => listActivities(app.db, await viewerOf(app.db, request.user), request.query),
  );

  app.get(
    "/api/activities/matrix",
    {
      config: { access: access.public },
      schema: {
        tags: ["activities"],
        summary: "Counts per activity type × pillar for the same filters and visibility",
        querystring: activityFilter,
        response: { 200: activityMatrix, 400: problem },
      },
    },
    async (request) => buildMatrix(app.db, await viewerOf(app.db, request.user), request.query),
  );

  app.get(
    "/api/activities.ics",
    {
      config: { access: access.public },
      schema: {
        tags: ["activities"],
        summary:
          "iCalendar feed of the same filters: all-day events, UID activity-<id>@cni. Without from/to it starts a year back; at most 1000 events",
        querystring: activityFilter,
        response: {
          200: z.string().meta({ description: "text/calendar; charset=utf-8" }),
          400: problem,
        },
      },
    },
    async (request, reply) => {
      const viewer = await viewerOf(app.db, request.user);
      const { body, truncated } = await activitiesIcs(
        app.db,
        viewer,
        request.query,
        app.config.publicUrl,
      );
      reply
        .type("text/calendar; charset=utf-8")
        .header("content-disposition", 'inline; filename="cni-activities.ics"')
        .header("x-truncated", String(truncated));
      // personalised (members-only) feeds must not be stored by shared caches
      reply.header("cache-control", viewer.user ? "private, no-store" : "public, max-age=300");
      return reply.send(body);
    },
  );

  app.get(
    "/api/activities.csv",
    {
      config: { access: access.public },
      schema: {
        tags: ["activities"],
        summary: "CSV (UTF-8 with BOM, RFC 4180) of the filtered list",
        querystring: activityFilter,
        response: {
          200: z.string().meta({ description: "text/csv; charset=utf-8" }),
          400: problem,
        },
      },
    },
    async (request, reply) => {
      const viewer = await viewerOf(app.db, request.user);
      const { body, truncated } = await activitiesCsv(app.db, viewer, request.query);
      reply
        .type("text/csv; charset=utf-8")
        .header("content-disposition", 'attachment; filename="cni-activities.csv"')
        .header("x-truncated", String(truncated))
        .header("cache-control", "private, no-store");
      return reply.send(body);
    },
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
    async (request) => getActivity(app.db, await viewerOf(app.db, request.user), request.params.id),
  );

  app.post(
    "/api/activities",
    {
      config: { access: access.roles("coordinator") },
      schema: {
        tags: ["activities"],
        summary: "Create a published activity",
        body: activityInput,
        response: { 201: activity, ...writeErrors },
      },
    },
    async (request, reply) => {
      const created = await createActivity(
        app.db,
        await viewerOf(app.db, request.user),
        request.body,
      );
      return reply.code(201).send(created);
    },
  );

  app.patch(
    "/api/activities/:id",
    {
      config: { access: access.roles("coordinator") },
      schema: {
        tags: ["activities"],
        summary: "Change an activity (the result is checked as a whole)",
        params: idParams,
        body: activityPatch,
        response: { 200: activity, ...writeErrors },
      },
    },
    async (request) =>
      updateActivity(app.db, await viewerOf(app.db, request.user), request.params.id, request.body),
  );

  app.delete(
    "/api/activities/:id",
    {
      config: { access: access.roles("coordinator") },
      schema: {
        tags: ["activities"],
        summary: "Delete an activity, or turn down a proposal",
        params: idParams,
        response: { 204: z.null(), ...writeErrors },
      },
    },
    async (request, reply) => {
      await deleteActivity(app.db, await viewerOf(app.db, request.user), request.params.id);
      return reply.code(204).send(null);
    },
  );

  app.post(
    "/api/activities/proposals",
    {
      config: { access: access.roles("officer", "representative") },
      schema: {
        tags: ["activities"],
        summary:
          "Propose an activity (unpublished until a coordinator publishes it); the host defaults to your municipality",
        body: activityProposalInput,
        response: { 201: activity, ...writeErrors },
      },
    },
    async (request, reply) => {
      const created = await proposeActivity(
        app.db,
        await viewerOf(app.db, request.user),
        request.body,
      );
      return reply.code(201).send(created);
    },
  );

  app.post(
    "/api/activities/:id/publish",
    {
      config: { access: access.roles("coordinator") },
      schema: {
        tags: ["activities"],
        summary: "Publish a proposed activity",
        params: idParams,
        response: { 200: activity, ...writeErrors },
      },
    },
    async (request) =>
      publishActivity(app.db, await viewerOf(app.db, request.user), request.params.id),
  );

  app.post(
    "/api/activities/:id/participants/me",
    {
      config: { access: access.roles("officer", "representative") },
      schema: {
        tags: ["activities"],
        summary: "Mark your own municipality as taking part (idempotent)",
        params: idParams,
        response: { 200: activity, ...writeErrors },
      },
    },
    async (request) =>
      setOwnParticipation(app.db, await viewerOf(app.db, request.user), request.params.id, true),
  );

  app.delete(
    "/api/activities/:id/participants/me",
    {
      config: { access: access.roles("officer", "representative") },
      schema: {
        tags: ["activities"],
        summary: "Withdraw your own municipality's participation (idempotent)",
        params: idParams,
        response: { 200: activity, ...writeErrors },
      },
    },
    async (request) =>
      setOwnParticipation(app.db, await viewerOf(app.db, request.user), request.params.id, false),
  );

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
    async (request) => {
      const { pillar } = request.params;
      if (!isOneOf(PILLARS, pillar)) throw notFound("Pillar");
      return getPillar(app.db, await viewerOf(app.db, request.user), pillar);
    },
  );

  app.get(
    "/api/me/pillars",
    {
      config: { access: access.roles("officer", "representative") },
      schema: {
        tags: ["activities"],
        summary: "The pillars you follow",
        response: { 200: myPillars, ...errors },
      },
    },
    async (request) => getMyPillars(app.db, requireUser(request.user)),
  );

  app.put(
    "/api/me/pillars",
    {
      config: { access: access.roles("officer", "representative") },
      schema: {
        tags: ["activities"],
        summary: "Choose the pillars you follow",
        body: myPillarsInput,
        response: { 200: myPillars, ...errors },
      },
    },
    async (request) => setMyPillars(app.db, requireUser(request.user), request.body.pillars),
  );
};

export default routes;
