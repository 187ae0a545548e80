import { problem } from "@cni/contracts/common";
import {
  evaluation,
  evaluationBody,
  reviewAsOfQuery,
  reviewDetail,
  reviewDueOnParams,
  reviewEvaluationParams,
  reviewList,
  reviewRecipients,
  reviewReport,
} from "@cni/contracts/reviews";
import { athensToday } from "@cni/domain/dates";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { access, requireUser } from "../../lib/access.ts";
import { closeReview } from "./close-review.ts";
import { getEvaluation } from "./get-evaluation.ts";
import { getReviewDetail } from "./get-review-detail.ts";
import { getReviewReport } from "./get-review-report.ts";
import { listReviews } from "./list-reviews.ts";
import { openReview } from "./open-review.ts";
import { remindReview } from "./remind-review.ts";
import { submitEvaluation } from "./submit-evaluation.ts";

const errors = { 400: problem, 401: problem, 403: problem, 404: problem };
const stateErrors = { ...errors, 409: problem, 422: problem };
const coordinator = access.roles("coordinator");

const routes: FastifyPluginAsyncZod = async (app) => {
  const openDaysBefore = app.config.reviewOpenDaysBefore;
  /** Reads may look at another day with `?asOf=`; changes always happen today. */
  const on = (asOf?: string) => ({ today: asOf ?? athensToday(), openDaysBefore });

  app.get(
    "/api/reviews",
    {
      // Public: the cycles and their counts are facts about the network, not personal data.
      config: { access: access.public },
      schema: {
        tags: ["reviews"],
        summary: "The biennial review cycles through today (and the one under way)",
        querystring: reviewAsOfQuery,
        response: { 200: reviewList, 400: problem },
      },
    },
    async (request) => listReviews(app.db, on(request.query.asOf)),
  );

  app.get(
    "/api/reviews/:dueOn",
    {
      config: { access: access.partyMember },
      schema: {
        tags: ["reviews"],
        summary: "One cycle with its participants' submission status",
        params: reviewDueOnParams,
        querystring: reviewAsOfQuery,
        response: { 200: reviewDetail, ...errors },
      },
    },
    async (request) =>
      getReviewDetail(app.db, {
        actor: requireUser(request.user),
        dueOn: request.params.dueOn,
        ...on(request.query.asOf),
      }),
  );

  app.get(
    "/api/reviews/:dueOn/evaluations/:municipalityId",
    {
      config: { access: access.partyMember },
      schema: {
        tags: ["reviews"],
        summary: "A municipality's evaluation (its own officers and representatives, coordinators)",
        params: reviewEvaluationParams,
        response: { 200: evaluation, ...errors },
      },
    },
    async (request) =>
      getEvaluation(app.db, {
        actor: requireUser(request.user),
        ...request.params,
        today: athensToday(),
      }),
  );

  app.put(
    "/api/reviews/:dueOn/evaluations/:municipalityId",
    {
      config: { access: access.roles("officer", "representative") },
      schema: {
        tags: ["reviews"],
        summary: "Submit or edit the municipality's evaluation (until the cycle is closed)",
        params: reviewEvaluationParams,
        body: evaluationBody,
        response: { 200: evaluation, 201: evaluation, ...stateErrors },
      },
    },
    async (request, reply) => {
      const result = await submitEvaluation(app.db, {
        actor: requireUser(request.user),
        ...request.params,
        body: request.body,
        ...on(),
      });
      return reply.code(result.created ? 201 : 200).send(result.evaluation);
    },
  );

  for (const [action, useCase, summary, response] of [
    [
      "open",
      openReview,
      "Open the cycle (early if need be) and notify every participant, once",
      reviewRecipients,
    ],
    [
      "reminders",
      remindReview,
      "Send a reminder notice to every participant that has not submitted",
      reviewRecipients,
    ],
    [
      "close",
      closeReview,
      "Close the cycle: evaluations are frozen and the report is stored",
      reviewReport,
    ],
  ] as const) {
    app.post(
      `/api/reviews/:dueOn/${action}`,
      {
        config: { access: coordinator },
        schema: {
          tags: ["reviews"],
          summary,
          params: reviewDueOnParams,
          response: { 200: response, ...stateErrors },
        },
      },
      async (request) =>
        useCase(app.db, { actor: requireUser(request.user), dueOn: request.params.dueOn, ...on() }),
    );
  }

  app.get(
    "/api/reviews/:dueOn/report",
    {
      config: { access: access.partyMember },
      schema: {
        tags: ["reviews"],
        summary: "The review report: frozen once closed, a live preview before",
        params: reviewDueOnParams,
        querystring: reviewAsOfQuery,
        response: { 200: reviewReport, ...errors },
      },
    },
    async (request) =>
      getReviewReport(app.db, {
        actor: requireUser(request.user),
        dueOn: request.params.dueOn,
        ...on(request.query.asOf),
      }),
  );
};

export default routes;
