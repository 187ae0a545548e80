// POST /api/invitations/lookup { token } → { status, expiresAt, invitee }
// The token comes from the link's fragment and goes in the body: it never appears in a URL
// the server, a proxy or a Referer header could log.
import type { InvitationView } from "@cni/contracts/invitations";
import { queryOptions, useQuery } from "@tanstack/react-query";
import { api } from "@/lib/api-client";

export const getInvitationQueryKey = (token: string) => ["invitations", token] as const;

export function getInvitation(token: string, signal?: AbortSignal): Promise<InvitationView> {
  return api.post<InvitationView>("/api/invitations/lookup", { token }, { signal });
}

export const getInvitationQueryOptions = (token: string) =>
  queryOptions({
    queryKey: getInvitationQueryKey(token),
    queryFn: ({ signal }) => getInvitation(token, signal),
    staleTime: 0,
    retry: false,
    enabled: token.length > 0,
  });

export function useInvitation(token: string) {
  return useQuery(getInvitationQueryOptions(token));
}
