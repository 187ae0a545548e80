// Which failures mean "the server could not be reached" rather than "the server said no":
// those get the connection message, automatic retries and the stale-data note
// (docs/decisions/111). 502/503/504 come from a proxy in front of a stopped server, or
// from the server shedding load: asking again later is the remedy for all of them.
import { isApiError } from "./api-client";

const GATEWAY_STATUSES = new Set([0, 502, 503, 504]);

export function isConnectionError(error: unknown): boolean {
  if (isApiError(error)) return GATEWAY_STATUSES.has(error.status);
  // fetch() itself rejects with a TypeError when no response arrives
  return error instanceof TypeError && /fetch|network|load failed/i.test(error.message);
}
