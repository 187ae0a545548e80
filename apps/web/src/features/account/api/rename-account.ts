// PATCH /api/account { name } → the session user with the new name
import type { RenameAccountBody, SessionUser } from "@cni/contracts/auth";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { getSessionQueryKey } from "@/entities/session/get-session";
import { api } from "@/lib/api-client";

export function renameAccount(body: RenameAccountBody): Promise<SessionUser> {
  return api.patch<SessionUser>("/api/account", body);
}

export function useRenameAccount() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: renameAccount,
    // the header shows the name: read the session again
    onSuccess: () => queryClient.invalidateQueries({ queryKey: getSessionQueryKey() }),
  });
}
