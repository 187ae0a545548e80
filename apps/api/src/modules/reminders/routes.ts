import { problem } from "@cni/contracts/common";
import {
  reminderSettings,
  reminderSettingUpdate,
  sentReminderList,
  sentReminderQuery,
} from "@cni/contracts/reminders";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { access, requireUser } from "../../lib/access.ts";
import { listReminderSettings } from "./list-reminder-settings.ts";
import { listSentReminders } from "./list-sent-reminders.ts";
import { updateReminderSetting } from "./update-reminder-setting.ts";

const errors = { 400: problem, 401: problem, 403: problem };
const coordinator = access.roles("coordinator");

const routes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    "/api/reminders/settings",
    {
      config: { access: coordinator },
      schema: {
        tags: ["reminders"],
        summary: "Every reminder kind and whether it is on (coordinators)",
        response: { 200: reminderSettings, ...errors },
      },
    },
    async (request, reply) => {
      reply.header("cache-control", "private, no-store");
      return listReminderSettings(app.db, { actor: requireUser(request.user) });
    },
  );

  app.put(
    "/api/reminders/settings",
    {
      config: { access: coordinator },
      schema: {
        tags: ["reminders"],
        summary: "Switch one reminder kind off or on (coordinators; audited)",
        body: reminderSettingUpdate,
        response: { 200: reminderSettings, ...errors },
      },
    },
    async (request) =>
      updateReminderSetting(app.db, {
        actor: requireUser(request.user),
        kind: request.body.kind,
        enabled: request.body.enabled,
      }),
  );

  app.get(
    "/api/reminders/sent",
    {
      config: { access: coordinator },
      schema: {
        tags: ["reminders"],
        summary: "The reminders sent most recently, newest first (coordinators)",
        querystring: sentReminderQuery,
        response: { 200: sentReminderList, ...errors },
      },
    },
    async (request, reply) => {
      reply.header("cache-control", "private, no-store");
      return listSentReminders(app.db, {
        actor: requireUser(request.user),
        limit: request.query.limit,
      });
    },
  );
};

export default routes;
