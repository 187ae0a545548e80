import { problem } from "@cni/contracts/common";
import { membersCsvQuery } from "@cni/contracts/network-history";
import { athensToday } from "@cni/domain/dates";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { access } from "../../lib/access.ts";
import { exportMembersCsv } from "./export-members-csv.ts";

const routes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    "/api/municipalities.csv",
    {
      config: { access: access.public },
      schema: {
        tags: ["municipalities"],
        summary:
          "The directory as CSV (UTF-8 with BOM; RFC 4180 comma-separated, or `format=excel`: semicolon-separated for Greek-locale Excel), as of a date, with the same filters",
        querystring: membersCsvQuery,
        produces: ["text/csv"],
        response: {
          200: z.string().meta({ description: "text/csv; charset=utf-8" }),
          400: problem,
        },
      },
    },
    async (request, reply) => {
      const { filename, body } = await exportMembersCsv(app.db, {
        ...request.query,
        asOf: request.query.asOf ?? athensToday(),
      });
      return reply
        .type("text/csv; charset=utf-8")
        .header("content-disposition", `attachment; filename="${filename}"`)
        .send(body);
    },
  );
};

export default routes;
