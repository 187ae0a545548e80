// POST /api/users/:id/verify → { user }; POST /api/users/:id/refuse { reason } → { user }
import type { UserAccount } from "@cni/contracts/users";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { api } from "@/lib/api-client";
import { usersQueryKeyRoot } from "./get-users";

export function verifyUser(id: string): Promise<{ user: UserAccount }> {
  return api.post<{ user: UserAccount }>(`/api/users/${encodeURIComponent(id)}/verify`, {});
}

export function refuseUser(input: { id: string; reason: string }): Promise<{ user: UserAccount }> {
  return api.post<{ user: UserAccount }>(`/api/users/${encodeURIComponent(input.id)}/refuse`, {
    reason: input.reason,
  });
}

export function useVerifyUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: verifyUser,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: usersQueryKeyRoot() }),
  });
}

export function useRefuseUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: refuseUser,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: usersQueryKeyRoot() }),
  });
}
