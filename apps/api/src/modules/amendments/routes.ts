import {
  amendmentBody,
  amendmentDetail,
  amendmentIdParams,
  amendmentList,
  amendmentStatusBody,
  commentBody,
} from "@cni/contracts/amendments";
import { problem } from "@cni/contracts/common";
import { mouDocument } from "@cni/contracts/mou";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { access, requireUser } from "../../lib/access.ts";
import {
  changeAmendmentStatus,
  commentOnAmendment,
  getAmendment,
  getMou,
  listAmendments,
  proposeAmendment,
  withdrawAmendment,
} from "./service.ts";

const errors = { 400: problem, 401: problem, 403: problem, 404: problem };
const stateErrors = { ...errors, 409: problem, 422: problem };

const routes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    "/api/amendments",
    {
      config: { access: access.signedIn },
      schema: {
        tags: ["amendments"],
        summary: "The register of amendment proposals with their status history",
        response: { 200: amendmentList, 401: problem },
      },
    },
    async () => listAmendments(app.db),
  );

  app.get(
    "/api/amendments/:id",
    {
      config: { access: access.signedIn },
      schema: {
        tags: ["amendments"],
        summary: "One proposal with its comments and status history",
        params: amendmentIdParams,
        response: { 200: amendmentDetail, ...errors },
      },
    },
    async (request) => getAmendment(app.db, request.params.id),
  );

  app.post(
    "/api/amendments",
    {
      config: { access: access.roles("representative") },
      schema: {
        tags: ["amendments"],
        summary:
          "Propose an amendment to the MoU (a representative or alternate); notifies every party",
        body: amendmentBody,
        response: { 201: amendmentDetail, ...stateErrors },
      },
    },
    async (request, reply) => {
      const created = await proposeAmendment(app.db, requireUser(request.user), request.body);
      return reply.code(201).send(created);
    },
  );

  app.post(
    "/api/amendments/:id/comments",
    {
      config: { access: access.roles("coordinator", "officer", "representative") },
      schema: {
        tags: ["amendments"],
        summary: "Comment on an open proposal",
        params: amendmentIdParams,
        body: commentBody,
        response: { 201: amendmentDetail, ...stateErrors },
      },
    },
    async (request, reply) => {
      const updated = await commentOnAmendment(
        app.db,
        requireUser(request.user),
        request.params.id,
        request.body.body,
      );
      return reply.code(201).send(updated);
    },
  );

  app.post(
    "/api/amendments/:id/status",
    {
      config: { access: access.roles("coordinator") },
      schema: {
        tags: ["amendments"],
        summary:
          "Put under discussion, adopt or reject (a note is required for a decision); decisions notify every party",
        params: amendmentIdParams,
        body: amendmentStatusBody,
        response: { 200: amendmentDetail, ...stateErrors },
      },
    },
    async (request) =>
      changeAmendmentStatus(app.db, requireUser(request.user), request.params.id, request.body),
  );

  app.post(
    "/api/amendments/:id/withdraw",
    {
      config: { access: access.roles("representative") },
      schema: {
        tags: ["amendments"],
        summary: "Withdraw a proposal (its proposer, before a decision)",
        params: amendmentIdParams,
        response: { 200: amendmentDetail, ...stateErrors },
      },
    },
    async (request) => withdrawAmendment(app.db, requireUser(request.user), request.params.id),
  );

  app.get(
    "/api/mou",
    {
      config: { access: access.public },
      schema: {
        tags: ["amendments"],
        summary: "The MoU text, clause by clause, with the adopted amendments next to each clause",
        response: { 200: mouDocument },
      },
    },
    async () => getMou(app.db),
  );
};

export default routes;
