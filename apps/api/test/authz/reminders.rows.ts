// Reminders (issue 15): the settings and the reminders sent are the coordinators' alone.
import { type AuthzRow, coordinatorOnly } from "./types.ts";

export const rows: AuthzRow[] = [
  {
    method: "GET",
    route: "/api/reminders/settings",
    request: () => ({ url: "/api/reminders/settings" }),
    expect: coordinatorOnly,
  },
  {
    method: "PUT",
    route: "/api/reminders/settings",
    request: () => ({
      url: "/api/reminders/settings",
      payload: { kind: "review_opening", enabled: true },
    }),
    expect: coordinatorOnly,
  },
  {
    method: "GET",
    route: "/api/reminders/sent",
    request: () => ({ url: "/api/reminders/sent" }),
    expect: coordinatorOnly,
  },
];
