import {
  amendmentBody,
  amendmentDetail,
  amendmentIdParams,
  amendmentList,
  amendmentStatusBody,
  commentBody,
  consentParams,
  partyAnswer,
  reminderResult,
} from "@cni/contracts/amendments";
import { problem } from "@cni/contracts/common";
import { mouDocument, mouQuery } from "@cni/contracts/mou";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { access, requireUser } from "../../lib/access.ts";
import { circulateAmendment } from "./circulate-amendment.ts";
import { commentOnAmendment } from "./comment-on-amendment.ts";
import { readConsentForm } from "./consent-form.ts";
import { getAmendment } from "./get-amendment.ts";
import { getMou } from "./get-mou.ts";
import { listAmendments } from "./list-amendments.ts";
import { proposeAmendment } from "./propose-amendment.ts";
import { recordAnswer } from "./record-answer.ts";
import { remindParties } from "./remind-parties.ts";
import { withdrawAmendment } from "./withdraw-amendment.ts";

const errors = { 400: problem, 401: problem, 403: problem, 404: problem };
const stateErrors = { ...errors, 409: problem, 422: problem };

const routes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    "/api/amendments",
    {
      config: { access: access.partyMember },
      schema: {
        tags: ["amendments"],
        summary: "The register of amendment proposals, each with its computed status",
        response: { 200: amendmentList, 401: problem },
      },
    },
    async () => listAmendments(app.db),
  );

  app.get(
    "/api/amendments/:id",
    {
      config: { access: access.partyMember },
      schema: {
        tags: ["amendments"],
        summary:
          "One proposal with its consent register (every frozen party's answer) and, for the parties' accounts, the discussion",
        params: amendmentIdParams,
        response: { 200: amendmentDetail, ...errors },
      },
    },
    async (request) =>
      getAmendment(app.db, { actor: requireUser(request.user), id: request.params.id }),
  );

  app.post(
    "/api/amendments",
    {
      config: { access: access.partyMemberRoles("officer", "representative") },
      schema: {
        tags: ["amendments"],
        summary:
          "Propose an amendment to a clause (the party's currently designated representative or alternate); notifies every party",
        body: amendmentBody,
        response: { 201: amendmentDetail, ...stateErrors },
      },
    },
    async (request, reply) => {
      const created = await proposeAmendment(app.db, {
        actor: requireUser(request.user),
        body: request.body,
      });
      return reply.code(201).send(created);
    },
  );

  app.post(
    "/api/amendments/:id/comments",
    {
      config: { access: access.partyMember },
      schema: {
        tags: ["amendments"],
        summary: "Comment on an open proposal (the parties' accounts and the secretariat)",
        params: amendmentIdParams,
        body: commentBody,
        response: { 201: amendmentDetail, ...stateErrors },
      },
    },
    async (request, reply) => {
      const updated = await commentOnAmendment(app.db, {
        actor: requireUser(request.user),
        id: request.params.id,
        body: request.body.body,
      });
      return reply.code(201).send(updated);
    },
  );

  app.post(
    "/api/amendments/:id/circulate",
    {
      config: { access: access.roles("coordinator") },
      schema: {
        tags: ["amendments"],
        summary:
          "Circulate a proposal to the parties of today (the secretariat): one notice each; the list of parties is frozen on it",
        params: amendmentIdParams,
        response: { 200: amendmentDetail, ...stateErrors },
      },
    },
    async (request) =>
      circulateAmendment(app.db, { actor: requireUser(request.user), id: request.params.id }),
  );

  app.put(
    "/api/amendments/:id/consents/:municipalityId",
    {
      config: { access: access.roles("coordinator", "officer") },
      schema: {
        tags: ["amendments"],
        summary:
          "A party's answer by its council decision (multipart: answer = consent | refuse, decisionNumber, decisionDate, diavgeiaAda?, file = the decision's PDF), by its officer or recorded by a coordinator",
        params: consentParams,
        consumes: ["multipart/form-data"],
        response: { 200: partyAnswer, ...stateErrors, 413: problem, 415: problem },
      },
    },
    async (request) =>
      recordAnswer(app.db, {
        actor: requireUser(request.user),
        id: request.params.id,
        municipalityId: request.params.municipalityId,
        form: await readConsentForm(request),
        documentsDir: app.config.documentsDir,
      }),
  );

  app.post(
    "/api/amendments/:id/reminders",
    {
      config: { access: access.roles("coordinator") },
      schema: {
        tags: ["amendments"],
        summary:
          "Remind every frozen party that has not answered (a notice each, e-mailed when SMTP is configured)",
        params: amendmentIdParams,
        response: { 200: reminderResult, ...stateErrors },
      },
    },
    async (request) =>
      remindParties(app.db, { actor: requireUser(request.user), id: request.params.id }),
  );

  app.post(
    "/api/amendments/:id/status",
    {
      config: { access: access.roles("officer", "representative") },
      schema: {
        tags: ["amendments"],
        summary:
          "Withdraw a proposal (its proposer, before an outcome); adoption follows from the parties' answers, never from this",
        params: amendmentIdParams,
        body: amendmentStatusBody,
        response: { 200: amendmentDetail, ...stateErrors },
      },
    },
    async (request) =>
      withdrawAmendment(app.db, {
        actor: requireUser(request.user),
        id: request.params.id,
        note: request.body.note,
      }),
  );

  app.get(
    "/api/mou",
    {
      config: { access: access.public },
      schema: {
        tags: ["amendments"],
        summary:
          "The MoU text in force on a day (default today): the 2024 text plus the amendments adopted by then, each clause with its history",
        querystring: mouQuery,
        response: { 200: mouDocument, 400: problem },
      },
    },
    async (request) => getMou(app.db, { asOf: request.query.asOf }),
  );
};

export default routes;
