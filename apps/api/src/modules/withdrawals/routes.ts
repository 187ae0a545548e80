import { documentInfo } from "@cni/contracts/accessions";
import { idParams, problem } from "@cni/contracts/common";
import {
  WITHDRAWAL_DOCUMENT_KINDS,
  withdrawal,
  withdrawalCreate,
  withdrawalGetQuery,
  withdrawalList,
  withdrawalListQuery,
} from "@cni/contracts/withdrawals";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { access, requireUser } from "../../lib/access.ts";
import { storeUploadedPdf } from "../documents/store.ts";
import {
  assertCanAttachDocument,
  fileWithdrawal,
  getWithdrawal,
  listWithdrawals,
  rescindWithdrawal,
} from "./service.ts";

const routes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    "/api/withdrawals",
    {
      config: { access: access.roles("coordinator", "officer") },
      schema: {
        tags: ["withdrawals"],
        summary:
          "File a withdrawal: effective 15 calendar days after notification; notifies every other party",
        body: withdrawalCreate,
        response: {
          201: withdrawal,
          400: problem,
          401: problem,
          403: problem,
          404: problem,
          409: problem,
          422: problem,
        },
      },
    },
    async (request, reply) => {
      const created = await fileWithdrawal(app.db, requireUser(request.user), request.body);
      return reply.code(201).send(created);
    },
  );

  app.get(
    "/api/withdrawals",
    {
      config: { access: access.signedIn },
      schema: {
        tags: ["withdrawals"],
        summary: "Withdrawals (coordinator: all; others: their municipality's), status as of a day",
        querystring: withdrawalListQuery,
        response: { 200: withdrawalList, 400: problem, 401: problem },
      },
    },
    async (request) => listWithdrawals(app.db, requireUser(request.user), request.query),
  );

  app.get(
    "/api/withdrawals/:id",
    {
      config: { access: access.signedIn },
      schema: {
        tags: ["withdrawals"],
        summary: "One withdrawal, status as of today or `asOf`",
        params: idParams,
        querystring: withdrawalGetQuery,
        response: { 200: withdrawal, 400: problem, 401: problem, 404: problem },
      },
    },
    async (request) =>
      getWithdrawal(app.db, requireUser(request.user), request.params.id, request.query.asOf),
  );

  app.post(
    "/api/withdrawals/:id/rescind",
    {
      config: { access: access.roles("coordinator", "officer") },
      schema: {
        tags: ["withdrawals"],
        summary:
          "Rescind a pending withdrawal (before its effective date); notifies every other party",
        params: idParams,
        response: { 200: withdrawal, 401: problem, 403: problem, 404: problem, 409: problem },
      },
    },
    async (request) => rescindWithdrawal(app.db, requireUser(request.user), request.params.id),
  );

  app.post(
    "/api/withdrawals/:id/documents",
    {
      config: { access: access.roles("coordinator", "officer") },
      schema: {
        tags: ["withdrawals"],
        summary:
          "Attach the written declaration as a PDF (multipart: optional field `kind` = withdrawal_declaration | other, then the file; ≤ 10 MB; checked by content)",
        params: idParams,
        querystring: z.object({ kind: z.enum(WITHDRAWAL_DOCUMENT_KINDS).optional() }),
        consumes: ["multipart/form-data"],
        response: {
          201: documentInfo,
          400: problem,
          401: problem,
          403: problem,
          404: problem,
          413: problem,
          415: problem,
        },
      },
    },
    async (request, reply) => {
      const user = requireUser(request.user);
      const { id } = request.params;
      // Refuse before reading the upload when the caller may not attach to it.
      await assertCanAttachDocument(app.db, user, id);
      const stored = await storeUploadedPdf(request, {
        db: app.db,
        documentsDir: app.config.documentsDir,
        actor: user,
        owner: { withdrawalId: id },
        kinds: WITHDRAWAL_DOCUMENT_KINDS,
        guard: (tx) => assertCanAttachDocument(tx, user, id),
        auditAction: "withdrawal.document",
      });
      return reply
        .code(201)
        .send({ ...stored, kind: stored.kind as (typeof WITHDRAWAL_DOCUMENT_KINDS)[number] });
    },
  );
};

export default routes;
