// The filtered activities as an iCalendar feed and as CSV.
import { activityFilter } from "@cni/contracts/activities";
import { csvFormatQuery, problem } from "@cni/contracts/common";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { access } from "../../lib/access.ts";
import { csvFilename } from "../../lib/csv.ts";
import { exportActivitiesCsv } from "./export-activities-csv.ts";
import { exportActivitiesIcs } from "./export-activities-ics.ts";

const feedRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    "/api/activities.ics",
    {
      config: { access: access.public },
      schema: {
        tags: ["activities"],
        summary:
          "iCalendar feed of the same filters: all-day events, UID activity-<id>@cni. Without from/to it starts a year back; at most 1000 events",
        querystring: activityFilter,
        response: {
          200: z.string().meta({ description: "text/calendar; charset=utf-8" }),
          400: problem,
        },
      },
    },
    async (request, reply) => {
      const actor = request.user;
      const { body, truncated } = await exportActivitiesIcs(app.db, {
        actor,
        filter: request.query,
        siteUrl: app.config.publicUrl,
      });
      return (
        reply
          .type("text/calendar; charset=utf-8")
          .header("content-disposition", 'inline; filename="cni-activities.ics"')
          .header("x-truncated", String(truncated))
          // personalised (members-only) feeds must not be stored by shared caches
          .header("cache-control", actor ? "private, no-store" : "public, max-age=300")
          .send(body)
      );
    },
  );

  app.get(
    "/api/activities.csv",
    {
      config: { access: access.public },
      schema: {
        tags: ["activities"],
        summary:
          "CSV (UTF-8 with BOM; RFC 4180 comma-separated, or `format=excel`: semicolon-separated for Greek-locale Excel) of the filtered list",
        querystring: activityFilter.extend(csvFormatQuery.shape),
        response: {
          200: z.string().meta({ description: "text/csv; charset=utf-8" }),
          400: problem,
        },
      },
    },
    async (request, reply) => {
      const { format, ...filter } = request.query;
      const { body, truncated } = await exportActivitiesCsv(app.db, {
        actor: request.user,
        filter,
        format,
      });
      return reply
        .type("text/csv; charset=utf-8")
        .header(
          "content-disposition",
          `attachment; filename="${csvFilename("cni-activities", format)}"`,
        )
        .header("x-truncated", String(truncated))
        .header("cache-control", "private, no-store")
        .send(body);
    },
  );
};

export default feedRoutes;
