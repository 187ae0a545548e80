import { idParams, problem } from "@cni/contracts/common";
import {
  designationBody,
  designationParams,
  designations,
  inviteDesignatedResponse,
} from "@cni/contracts/designations";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { access, requireUser } from "../../lib/access.ts";
import { readUploadedPdf, sendStoredPdf } from "../documents/store.ts";
import { publicBaseUrl } from "../invitations/service.ts";
import { attachActDocument } from "./attach-act-document.ts";
import { designate } from "./designate.ts";
import { getActDocument } from "./get-act-document.ts";
import { getDesignations } from "./get-designations.ts";
import { inviteDesignated } from "./invite-designated.ts";

const routes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    "/api/municipalities/:id/designations",
    {
      config: { access: access.partyMember },
      schema: {
        tags: ["designations"],
        summary:
          "The current representative and alternate of a municipality, and their history (parties' verified accounts and coordinators)",
        params: z.object({ id: z.string().min(1).max(100) }),
        response: { 200: designations, 401: problem, 403: problem, 404: problem },
      },
    },
    async (request, reply) => {
      reply.header("cache-control", "no-store");
      return getDesignations(app.db, { municipalityId: request.params.id });
    },
  );

  app.put(
    "/api/municipalities/:id/designations/:role",
    {
      config: { access: access.partyMemberRoles("officer", "coordinator") },
      schema: {
        tags: ["designations"],
        summary:
          "Designate a new representative or alternate by a mayoral or council decision, from today (closes the current one)",
        params: designationParams,
        body: designationBody,
        response: {
          200: designations,
          400: problem,
          401: problem,
          403: problem,
          404: problem,
          409: problem,
          422: problem,
        },
      },
    },
    async (request) =>
      designate(app.db, {
        actor: requireUser(request.user),
        municipalityId: request.params.id,
        role: request.params.role,
        body: request.body,
      }),
  );

  app.put(
    "/api/designations/:id/act-document",
    {
      config: { access: access.partyMemberRoles("officer", "coordinator") },
      schema: {
        tags: ["designations"],
        summary:
          "Attach the PDF of the act that designated the person (multipart: one file; PDF ≤ 10 MB, checked by content), once (the municipality's officer or a coordinator)",
        params: idParams,
        consumes: ["multipart/form-data"],
        response: {
          200: designations,
          400: problem,
          401: problem,
          403: problem,
          404: problem,
          409: problem,
          413: problem,
          415: problem,
        },
      },
    },
    async (request) =>
      attachActDocument(app.db, {
        actor: requireUser(request.user),
        id: request.params.id,
        pdf: await readUploadedPdf(request),
        documentsDir: app.config.documentsDir,
      }),
  );

  app.get(
    "/api/designations/:id/act-document",
    {
      config: { access: access.partyMember },
      schema: {
        tags: ["designations"],
        summary:
          "Download the PDF of the act that designated the person (parties' verified accounts and coordinators)",
        params: idParams,
        produces: ["application/pdf"],
        response: { 401: problem, 403: problem, 404: problem },
      },
    },
    async (request, reply) =>
      sendStoredPdf(
        reply,
        app.config.documentsDir,
        await getActDocument(app.db, { id: request.params.id }),
      ),
  );

  app.post(
    "/api/designations/invitations",
    {
      config: { access: access.roles("coordinator") },
      schema: {
        tags: ["designations"],
        summary:
          "Invite the designated people who have no account yet: one designation, or every party's current ones (coordinator)",
        body: z.object({ designationId: z.string().min(1).max(100).optional() }).optional(),
        response: {
          200: inviteDesignatedResponse,
          400: problem,
          401: problem,
          403: problem,
          404: problem,
        },
      },
    },
    async (request, reply) => {
      reply.header("cache-control", "no-store");
      return inviteDesignated(app.db, {
        actor: requireUser(request.user),
        designationId: request.body?.designationId,
        links: { baseUrl: publicBaseUrl(app.config), email: Boolean(app.config.smtpUrl) },
      });
    },
  );
};

export default routes;
