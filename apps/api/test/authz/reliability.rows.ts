import { type AuthzRow, everyone } from "./types.ts";

// plugins/under-pressure.ts: the measured load, for load balancers and operators (no
// personal data). Public like /api/health.
export const rows: AuthzRow[] = [
  {
    method: "GET",
    route: "/api/health/load",
    request: () => ({ url: "/api/health/load" }),
    expect: everyone,
  },
];
