// After a sign-in (login, invitation, registration) or a sign-out, the session in the
// cache is replaced and every other query is reset: what one person could read must not
// stay on screen for the next.
//
// Two short-lived flags coordinate the route guards with the ways a session ends:
// while signing out, a guard renders nothing instead of sending the user to sign-in (the
// header is taking them home); after an expiry, a guard's redirect says why.
import type { SessionUser } from "@cni/contracts/auth";
import type { QueryClient } from "@tanstack/react-query";
import { setCsrfToken } from "@/lib/api-client";
import { getSessionQueryKey, type Session } from "./get-session";

const isSessionQuery = (key: readonly unknown[]) => key[0] === "auth" && key[1] === "session";

const flags = { signingOut: false, expired: false };

export const isSigningOut = () => flags.signingOut;
export const sessionHasExpired = () => flags.expired;
export function setSigningOut(value: boolean): void {
  flags.signingOut = value;
}
export function setSessionExpired(value: boolean): void {
  flags.expired = value;
}

export async function applySignedIn(
  queryClient: QueryClient,
  session: { user: SessionUser; csrfToken: string },
): Promise<void> {
  flags.expired = false;
  flags.signingOut = false;
  setCsrfToken(session.csrfToken);
  queryClient.setQueryData<Session>(getSessionQueryKey(), {
    user: session.user,
    csrfToken: session.csrfToken,
  });
  await queryClient.resetQueries({ predicate: (q) => !isSessionQuery(q.queryKey) });
}

/**
 * After a write: every read may have changed (statuses, counts, notices), except who is
 * signed in. Mutations call this instead of listing the queries they affect.
 */
export function invalidateAfterWrite(queryClient: QueryClient): Promise<void> {
  return queryClient.invalidateQueries({ predicate: (q) => !isSessionQuery(q.queryKey) });
}

/** Forgets the user and everything read while signed in. */
export function applySignedOut(queryClient: QueryClient, session?: Session): void {
  setCsrfToken(session?.csrfToken ?? null);
  queryClient.setQueryData<Session>(
    getSessionQueryKey(),
    session ?? { user: null, csrfToken: null },
  );
  queryClient.removeQueries({ predicate: (q) => !isSessionQuery(q.queryKey) });
}
