// PATCH /api/users/:id { active } → { user } (deactivation ends the person's sessions)
import type { UserAccount } from "@cni/contracts/users";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { api } from "@/lib/api-client";
import { usersQueryKeyRoot } from "./get-users";

export function setUserActive(input: {
  id: string;
  active: boolean;
}): Promise<{ user: UserAccount }> {
  return api.patch<{ user: UserAccount }>(`/api/users/${encodeURIComponent(input.id)}`, {
    active: input.active,
  });
}

export function useSetUserActive() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: setUserActive,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: usersQueryKeyRoot() }),
  });
}
