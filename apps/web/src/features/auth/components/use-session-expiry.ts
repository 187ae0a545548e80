// Expired session → back to sign-in without losing the page. When a request made while
// signed in comes back 401, the session is asked for again; if it has ended, the user is
// sent to the sign-in page with `next` set to where they were (and back there after).
import { type QueryClient, useQueryClient } from "@tanstack/react-query";
import { useEffect, useRef } from "react";
import { useLocation, useNavigate } from "react-router";
import { getSession, getSessionQueryKey, type Session } from "@/entities/session/get-session";
import { applySignedOut, isSigningOut, setSessionExpired } from "@/entities/session/session-cache";
import { isApiError } from "@/lib/api-client";
import { signInPath } from "@/lib/safe-redirect";

function signedIn(queryClient: QueryClient): boolean {
  return Boolean(queryClient.getQueryData<Session>(getSessionQueryKey())?.user);
}

export function useSessionExpiry(): void {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const location = useLocation();
  const here = useRef("");
  here.current = `${location.pathname}${location.search}`;
  const checking = useRef(false);

  useEffect(() => {
    const onError = async (error: unknown) => {
      if (!isApiError(error) || error.status !== 401) return;
      if (checking.current || isSigningOut() || !signedIn(queryClient)) return;
      checking.current = true;
      try {
        const session = await getSession();
        if (session.user || isSigningOut()) return; // a 401 for another reason
        const from = here.current;
        // A route guard that sees the user gone redirects too; the flag tells it why.
        setSessionExpired(true);
        applySignedOut(queryClient, session);
        void navigate(signInPath(from, "expired"), { replace: true });
      } finally {
        checking.current = false;
      }
    };
    const unsubscribeQueries = queryClient.getQueryCache().subscribe((event) => {
      if (event.type === "updated" && event.action.type === "error") {
        void onError(event.action.error);
      }
    });
    const unsubscribeMutations = queryClient.getMutationCache().subscribe((event) => {
      if (event.type === "updated" && event.action.type === "error") {
        void onError(event.action.error);
      }
    });
    return () => {
      unsubscribeQueries();
      unsubscribeMutations();
    };
  }, [queryClient, navigate]);
}
