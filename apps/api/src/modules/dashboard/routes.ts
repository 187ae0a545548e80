import { problem } from "@cni/contracts/common";
import { dashboard } from "@cni/contracts/dashboard";
import { athensToday } from "@cni/domain/dates";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { access } from "../../lib/access.ts";
import { getDashboard } from "./get-dashboard.ts";

const routes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    "/api/dashboard",
    {
      config: { access: access.roles("coordinator") },
      schema: {
        tags: ["dashboard"],
        summary:
          "Coordinators' overview: members, applicants, pending withdrawals, the current review, open amendments, unacknowledged notices",
        response: { 200: dashboard, 401: problem, 403: problem },
      },
    },
    async () =>
      getDashboard(app.db, {
        today: athensToday(),
        openDaysBefore: app.config.reviewOpenDaysBefore,
      }),
  );
};

export default routes;
