import { idParams, problem } from "@cni/contracts/common";
import {
  RESCISSION_DOCUMENT_KIND,
  WITHDRAWAL_DOCUMENT_KINDS,
  withdrawal,
  withdrawalCreate,
  withdrawalDocument,
  withdrawalGetQuery,
  withdrawalList,
  withdrawalListQuery,
  withdrawalNotify,
  withdrawalRescindFields,
} from "@cni/contracts/withdrawals";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { access, requireUser } from "../../lib/access.ts";
import { badRequest, conflict } from "../../lib/errors.ts";
import { storeUploadedPdf } from "../documents/store.ts";
import { createWithdrawal } from "./create-withdrawal.ts";
import { getWithdrawal } from "./get-withdrawal.ts";
import { listWithdrawals } from "./list-withdrawals.ts";
import { notifyWithdrawal } from "./notify-withdrawal.ts";
import { rescindWithdrawal } from "./rescind-withdrawal.ts";
import { findVisibleWithdrawalOr404 } from "./withdrawal-row.ts";
import { assertCanActOnWithdrawal } from "./withdrawal-rules.ts";

const errors = (...codes: (400 | 401 | 403 | 404 | 409 | 413 | 415 | 422)[]) =>
  Object.fromEntries(codes.map((c) => [c, problem]));

const routes: FastifyPluginAsyncZod = async (app) => {
  const tags = ["withdrawals"];
  const officerOrCoordinator = access.roles("coordinator", "officer");

  app.post(
    "/api/withdrawals",
    {
      config: { access: officerOrCoordinator },
      schema: {
        tags,
        summary:
          "File a written withdrawal declaration as a draft, with its council decision (its verified officer, or a coordinator)",
        body: withdrawalCreate,
        response: { 201: withdrawal, ...errors(400, 401, 403, 404, 409, 422) },
      },
    },
    async (request, reply) => {
      const created = await createWithdrawal(app.db, {
        actor: requireUser(request.user),
        input: request.body,
      });
      return reply.code(201).send(created);
    },
  );

  app.get(
    "/api/withdrawals",
    {
      // members only: a verified account of a party today, or a coordinator
      config: { access: access.partyMember },
      schema: {
        tags,
        summary: "Withdrawals (coordinator: all; others: their municipality's), status as of a day",
        querystring: withdrawalListQuery,
        response: { 200: withdrawalList, ...errors(400, 401) },
      },
    },
    async (request) =>
      listWithdrawals(app.db, { actor: requireUser(request.user), ...request.query }),
  );

  app.get(
    "/api/withdrawals/:id",
    {
      // members only: a verified account of a party today, or a coordinator
      config: { access: access.partyMember },
      schema: {
        tags,
        summary: "One withdrawal, status as of today or `asOf`",
        params: idParams,
        querystring: withdrawalGetQuery,
        response: { 200: withdrawal, ...errors(400, 401, 404) },
      },
    },
    async (request) =>
      getWithdrawal(app.db, {
        actor: requireUser(request.user),
        id: request.params.id,
        asOf: request.query.asOf,
      }),
  );

  app.post(
    "/api/withdrawals/:id/documents",
    {
      config: { access: officerOrCoordinator },
      schema: {
        tags,
        summary:
          "Attach the signed written declaration to a draft (multipart: optional field `kind` = withdrawal_declaration | other, then the file; PDF ≤ 10 MB, checked by content)",
        params: idParams,
        querystring: z.object({ kind: z.enum(WITHDRAWAL_DOCUMENT_KINDS).optional() }),
        consumes: ["multipart/form-data"],
        response: { 201: withdrawalDocument, ...errors(400, 401, 403, 404, 409, 413, 415) },
      },
    },
    async (request, reply) => {
      const actor = requireUser(request.user);
      const { id } = request.params;
      // Refuse before reading the upload when the caller may not attach to it.
      const row = await findVisibleWithdrawalOr404(app.db, actor, id);
      assertCanActOnWithdrawal(actor, row.municipalityId);
      const stored = await storeUploadedPdf(request, {
        db: app.db,
        documentsDir: app.config.documentsDir,
        actor,
        owner: { withdrawalId: id },
        kinds: WITHDRAWAL_DOCUMENT_KINDS,
        guard: async (tx) => {
          const current = await tx.withdrawal.findUnique({
            where: { id },
            select: { status: true },
          });
          if (current?.status !== "draft") {
            throw conflict(
              "WITHDRAWAL_NOT_DRAFT",
              "Documents are attached to a draft, before it is notified",
            );
          }
        },
        auditAction: "withdrawal.document",
      });
      return reply
        .code(201)
        .send({ ...stored, kind: stored.kind as (typeof WITHDRAWAL_DOCUMENT_KINDS)[number] });
    },
  );

  app.post(
    "/api/withdrawals/:id/notify",
    {
      config: { access: officerOrCoordinator },
      schema: {
        tags,
        summary:
          "Notify the written declaration to the other parties (draft → pending): a party through notifiedOn + 15, former from notifiedOn + 16; 422 DOCUMENT_REQUIRED without the signed declaration",
        params: idParams,
        body: withdrawalNotify,
        response: { 200: withdrawal, ...errors(400, 401, 403, 404, 409, 422) },
      },
    },
    async (request) =>
      notifyWithdrawal(app.db, {
        actor: requireUser(request.user),
        id: request.params.id,
        notifiedOn: request.body?.notifiedOn,
      }),
  );

  app.post(
    "/api/withdrawals/:id/rescind",
    {
      config: { access: officerOrCoordinator },
      schema: {
        tags,
        summary:
          "Record the revocation of a notified withdrawal through its last day as a party (409 after): multipart with the fields decisionNumber, decisionDate, diavgeiaAda? BEFORE the file (the revoking decision's PDF); notified to the parties",
        params: idParams,
        consumes: ["multipart/form-data"],
        response: { 200: withdrawal, ...errors(400, 401, 403, 404, 409, 413, 415, 422) },
      },
    },
    async (request) => {
      const actor = requireUser(request.user);
      const { id } = request.params;
      const row = await findVisibleWithdrawalOr404(app.db, actor, id);
      assertCanActOnWithdrawal(actor, row.municipalityId);
      await storeUploadedPdf(request, {
        db: app.db,
        documentsDir: app.config.documentsDir,
        actor,
        owner: { withdrawalId: id },
        kinds: [RESCISSION_DOCUMENT_KIND],
        guard: async (tx, fields) => {
          const decision = withdrawalRescindFields.safeParse(fields);
          if (!decision.success) {
            throw badRequest(
              "VALIDATION_FAILED",
              "Send decisionNumber (N/YYYY), decisionDate (YYYY-MM-DD) and optionally diavgeiaAda before the file",
              decision.error.issues.map((i) => ({
                path: i.path.join("."),
                message: i.message,
                code: i.code,
              })),
            );
          }
          await rescindWithdrawal(tx, { actor, id, decision: decision.data });
        },
        auditAction: "withdrawal.document",
      });
      return getWithdrawal(app.db, { actor, id });
    },
  );
};

export default routes;
