// POST /api/designations/invitations {} → { invited }: every designated person of a party
// who has no account yet gets one and an invitation (coordinator).
import type { InviteDesignatedResponse } from "@cni/contracts/designations";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { api } from "@/lib/api-client";
import { usersQueryKeyRoot } from "./get-users";

export function inviteAllDesignated(): Promise<InviteDesignatedResponse> {
  return api.post<InviteDesignatedResponse>("/api/designations/invitations", {});
}

export function useInviteAllDesignated() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: inviteAllDesignated,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: usersQueryKeyRoot() }),
  });
}
