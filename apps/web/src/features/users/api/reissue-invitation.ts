// POST /api/users/:id/invitation → 201 { user, invitationUrl, expiresAt } (earlier links stop working)
import type { IssueInvitationResponse } from "@cni/contracts/users";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { api } from "@/lib/api-client";
import { usersQueryKeyRoot } from "./get-users";

export function reissueInvitation(id: string): Promise<IssueInvitationResponse> {
  return api.post<IssueInvitationResponse>(`/api/users/${encodeURIComponent(id)}/invitation`);
}

export function useReissueInvitation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: reissueInvitation,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: usersQueryKeyRoot() }),
  });
}
