// GET /api/invitations/:token → { status, expiresAt, invitee }
import type { InvitationView } from "@cni/contracts/invitations";
import { queryOptions, useQuery } from "@tanstack/react-query";
import { api } from "@/lib/api-client";

export const getInvitationQueryKey = (token: string) => ["invitations", token] as const;

export function getInvitation(token: string, signal?: AbortSignal): Promise<InvitationView> {
  return api.get<InvitationView>(`/api/invitations/${encodeURIComponent(token)}`, { signal });
}

export const getInvitationQueryOptions = (token: string) =>
  queryOptions({
    queryKey: getInvitationQueryKey(token),
    queryFn: ({ signal }) => getInvitation(token, signal),
    staleTime: 0,
    retry: false,
  });

export function useInvitation(token: string) {
  return useQuery(getInvitationQueryOptions(token));
}
