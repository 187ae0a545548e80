// A coordinator's "view as" (docs/decisions/113). The start names an unknown account (404
// for the coordinator): the matrix's coordinator session must keep its own view.
import { type AuthzRow, coordinatorOnly } from "./types.ts";

export const rows: AuthzRow[] = [
  {
    method: "POST",
    route: "/api/view-as",
    request: () => ({ url: "/api/view-as", payload: { userId: "no-such-user" } }),
    expect: coordinatorOnly,
  },
  {
    method: "DELETE",
    route: "/api/view-as",
    request: () => ({ url: "/api/view-as" }),
    expect: coordinatorOnly,
  },
];
