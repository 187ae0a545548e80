// POST /api/invitations/accept { token, password } → { user, csrfToken } (signed in)
import type { AcceptInvitationResponse } from "@cni/contracts/invitations";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { applySignedIn } from "@/entities/session/session-cache";
import { api } from "@/lib/api-client";
import { getInvitationQueryKey } from "./get-invitation";

export function acceptInvitation(input: {
  token: string;
  password: string;
}): Promise<AcceptInvitationResponse> {
  return api.post<AcceptInvitationResponse>("/api/invitations/accept", input);
}

export function useAcceptInvitation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: acceptInvitation,
    onSuccess: async (session, input) => {
      queryClient.removeQueries({ queryKey: getInvitationQueryKey(input.token) });
      await applySignedIn(queryClient, session);
    },
  });
}
