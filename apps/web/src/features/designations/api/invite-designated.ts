// POST /api/designations/invitations { designationId } → { invited }: an account and an
// invitation for the designated person, in one click (coordinator).
import type { InviteDesignatedResponse } from "@cni/contracts/designations";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { getDesignationsQueryKey } from "@/entities/municipality/designations";
import { api } from "@/lib/api-client";

export function inviteDesignated(input: {
  designationId: string;
  municipalityId: string;
}): Promise<InviteDesignatedResponse> {
  return api.post<InviteDesignatedResponse>("/api/designations/invitations", {
    designationId: input.designationId,
  });
}

export function useInviteDesignated() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: inviteDesignated,
    onSuccess: (_data, input) =>
      queryClient.invalidateQueries({ queryKey: getDesignationsQueryKey(input.municipalityId) }),
  });
}
