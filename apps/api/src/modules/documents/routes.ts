import { idParams, problem } from "@cni/contracts/common";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { access, requireUser } from "../../lib/access.ts";
import { getDocument } from "./get-document.ts";
import { sendStoredPdf } from "./store.ts";

const routes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    "/api/documents/:id",
    {
      config: { access: access.signedIn },
      schema: {
        tags: ["documents"],
        summary: "Download a document (PDF) of a declaration the caller may see, as an attachment",
        params: idParams,
        produces: ["application/pdf"],
        response: { 401: problem, 404: problem },
      },
    },
    async (request, reply) => {
      const document = await getDocument(app.db, {
        actor: requireUser(request.user),
        id: request.params.id,
      });
      return sendStoredPdf(reply, app.config.documentsDir, document);
    },
  );
};

export default routes;
