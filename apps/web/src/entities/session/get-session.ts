// GET /api/auth/session → { user, csrfToken }. Fetched once at start; the CSRF token it
// carries is handed to the API client for every unsafe request. Anonymous visitors get
// `user: null`; if the request fails (endpoint missing, offline) we treat the visitor as
// anonymous rather than block the public pages.
import type { SessionResponse } from "@cni/contracts/auth";
import { queryOptions, useQuery } from "@tanstack/react-query";
import { api, setCsrfToken } from "@/lib/api-client";

export type Session = {
  user: SessionResponse["user"];
  csrfToken: string | null;
  /** Set while a coordinator views the portal as `user` (read-only): who really is signed in. */
  viewAs?: SessionResponse["viewAs"];
};

export const getSessionQueryKey = () => ["auth", "session"] as const;

export async function getSession(): Promise<Session> {
  try {
    const session = await api.get<SessionResponse>("/api/auth/session");
    setCsrfToken(session.csrfToken);
    return {
      user: session.user ?? null,
      csrfToken: session.csrfToken,
      viewAs: session.viewAs ?? null,
    };
  } catch {
    setCsrfToken(null);
    return { user: null, csrfToken: null };
  }
}

export const getSessionQueryOptions = () =>
  queryOptions({
    queryKey: getSessionQueryKey(),
    queryFn: getSession,
    staleTime: Number.POSITIVE_INFINITY,
    retry: false,
  });

export function useSession() {
  return useQuery(getSessionQueryOptions());
}
