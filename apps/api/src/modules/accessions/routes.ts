import {
  accession,
  accessionList,
  accessionListQuery,
  createAccessionBody,
  DOCUMENT_KINDS,
  documentInfo,
  documentParams,
  notifiedAccession,
  notifyAccessionBody,
  returnAccessionBody,
  updateAccessionBody,
} from "@cni/contracts/accessions";
import { idParams, problem } from "@cni/contracts/common";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { access, requireUser } from "../../lib/access.ts";
import { removeStoredFile, storeUploadedPdf } from "../documents/store.ts";
import { createAccession } from "./create-accession.ts";
import { assertDocumentsEditable, deleteAccessionDocument } from "./delete-accession-document.ts";
import { getAccession } from "./get-accession.ts";
import { listAccessions } from "./list-accessions.ts";
import { notifyAccession } from "./notify-accession.ts";
import { returnAccession } from "./return-accession.ts";
import { submitAccession } from "./submit-accession.ts";
import { updateAccession } from "./update-accession.ts";
import { withdrawAccession } from "./withdraw-accession.ts";

const errors = (...codes: (400 | 401 | 403 | 404 | 409 | 413 | 415 | 422)[]) =>
  Object.fromEntries(codes.map((c) => [c, problem]));

const routes: FastifyPluginAsyncZod = async (app) => {
  const tags = ["accessions"];
  const officerOrCoordinator = access.roles("officer", "coordinator");

  app.post(
    "/api/accessions",
    {
      config: { access: access.draftingOfficer },
      schema: {
        tags,
        summary:
          "Start an accession declaration (draft). Officers only for their own municipality; 409 if already a member or a declaration is open; 422 for a council decision that breaks a rule",
        body: createAccessionBody,
        response: { 201: accession, ...errors(400, 401, 403, 404, 409, 422) },
      },
    },
    async (request, reply) => {
      const created = await createAccession(app.db, {
        actor: requireUser(request.user),
        input: request.body,
      });
      return reply.code(201).send(created);
    },
  );

  app.get(
    "/api/accessions",
    {
      config: { access: access.signedIn },
      schema: {
        tags,
        summary:
          "Accession declarations: all for coordinators, their own municipality's for officers and representatives",
        querystring: accessionListQuery,
        response: { 200: accessionList, ...errors(400, 401, 403) },
      },
    },
    async (request, reply) => {
      reply.header("cache-control", "private, no-store");
      return listAccessions(app.db, { actor: requireUser(request.user), ...request.query });
    },
  );

  app.get(
    "/api/accessions/:id",
    {
      // kept per user and data version (plugins/cache.ts); the browser keeps no copy
      config: { access: access.signedIn, cache: "personal" },
      schema: {
        tags,
        summary:
          "One declaration with its documents and checks (for coordinators, once notified, which parties acknowledged the notices)",
        params: idParams,
        response: { 200: accession, ...errors(401, 404) },
      },
    },
    async (request) =>
      getAccession(app.db, { actor: requireUser(request.user), id: request.params.id }),
  );

  app.patch(
    "/api/accessions/:id",
    {
      config: { access: access.draftingOfficer },
      schema: {
        tags,
        summary: "Edit a draft or returned declaration (each part given replaces the stored one)",
        params: idParams,
        body: updateAccessionBody,
        response: { 200: accession, ...errors(400, 401, 403, 404, 409, 422) },
      },
    },
    async (request) =>
      updateAccession(app.db, {
        actor: requireUser(request.user),
        id: request.params.id,
        input: request.body,
      }),
  );

  app.post(
    "/api/accessions/:id/submit",
    {
      config: { access: officerOrCoordinator },
      schema: {
        tags,
        summary:
          "Submit a draft or returned declaration (needs the signatory and the council decision's document; the representative and alternate are optional; 422 SAME_PERSON if they are one person)",
        params: idParams,
        response: { 200: accession, ...errors(401, 403, 404, 409, 422) },
      },
    },
    async (request) =>
      submitAccession(app.db, { actor: requireUser(request.user), id: request.params.id }),
  );

  app.post(
    "/api/accessions/:id/return",
    {
      config: { access: access.roles("coordinator") },
      schema: {
        tags,
        summary:
          "Return a submitted declaration to the municipality for listed formal defects, with a note (the secretariat checks the form, it does not judge the accession)",
        params: idParams,
        body: returnAccessionBody,
        response: { 200: accession, ...errors(400, 401, 403, 404, 409) },
      },
    },
    async (request) =>
      returnAccession(app.db, {
        actor: requireUser(request.user),
        id: request.params.id,
        ...request.body,
      }),
  );

  app.post(
    "/api/accessions/:id/notify",
    {
      config: { access: access.roles("coordinator") },
      schema: {
        tags,
        summary:
          "Circulate a submitted declaration to the parties (the coordinators act as the network's secretariat): a party from notifiedOn (default today, Athens; never in the future nor before the council decision), one notice per party — one transaction; answers the declaration and the count of notices",
        params: idParams,
        body: notifyAccessionBody.optional(),
        response: { 200: notifiedAccession, ...errors(400, 401, 403, 404, 409, 422) },
      },
    },
    async (request) =>
      notifyAccession(app.db, {
        actor: requireUser(request.user),
        id: request.params.id,
        notifiedOn: request.body?.notifiedOn,
      }),
  );

  app.post(
    "/api/accessions/:id/withdraw",
    {
      config: { access: officerOrCoordinator },
      schema: {
        tags,
        summary: "Withdraw a declaration before it is notified to the parties",
        params: idParams,
        response: { 200: accession, ...errors(401, 403, 404, 409) },
      },
    },
    async (request) =>
      withdrawAccession(app.db, { actor: requireUser(request.user), id: request.params.id }),
  );

  app.post(
    "/api/accessions/:id/documents",
    {
      config: { access: access.draftingOfficer },
      schema: {
        tags,
        summary:
          "Attach a PDF (multipart: optional field `kind` = decision | signed_mou | other, then the file; ≤ 10 MB; checked by content) while draft or returned",
        params: idParams,
        querystring: z.object({ kind: z.enum(DOCUMENT_KINDS).optional() }),
        consumes: ["multipart/form-data"],
        response: { 201: documentInfo, ...errors(400, 401, 403, 404, 409, 413, 415) },
      },
    },
    async (request, reply) => {
      const { id } = request.params;
      const user = requireUser(request.user);
      // Refuse early (before reading the upload) when the declaration cannot take documents.
      await assertDocumentsEditable(app.db, user, id);
      const stored = await storeUploadedPdf(request, {
        db: app.db,
        documentsDir: app.config.documentsDir,
        actor: user,
        owner: { accessionId: id },
        kinds: DOCUMENT_KINDS,
        guard: async (tx) => {
          await tx.accession.updateMany({ where: { id }, data: { updatedAt: new Date() } });
          await assertDocumentsEditable(tx, user, id);
        },
      });
      return reply
        .code(201)
        .send({ ...stored, kind: stored.kind as (typeof DOCUMENT_KINDS)[number] });
    },
  );

  app.delete(
    "/api/accessions/:id/documents/:documentId",
    {
      config: { access: access.draftingOfficer },
      schema: {
        tags,
        summary: "Remove a document from a draft or returned declaration",
        params: documentParams,
        response: { 204: z.null(), ...errors(401, 403, 404, 409) },
      },
    },
    async (request, reply) => {
      const storageKey = await deleteAccessionDocument(app.db, {
        actor: requireUser(request.user),
        ...request.params,
      });
      await removeStoredFile(app.config.documentsDir, storageKey);
      return reply.code(204).send(null);
    },
  );
};

export default routes;
