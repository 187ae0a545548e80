import { health } from "@cni/contracts/health";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { access } from "../../lib/access.ts";

const routes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    "/api/health",
    {
      config: { access: access.public },
      schema: {
        tags: ["health"],
        summary: "Liveness and database check",
        response: { 200: health },
      },
    },
    async () => {
      await app.db.$queryRawUnsafe("SELECT 1");
      return { status: "ok" as const, db: "ok" as const };
    },
  );
};

export default routes;
