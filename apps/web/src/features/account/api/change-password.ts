// POST /api/account/password { currentPassword, newPassword } → 204 (other sessions end)
import type { ChangePasswordBody } from "@cni/contracts/auth";
import { useMutation } from "@tanstack/react-query";
import { api } from "@/lib/api-client";

export function changePassword(body: ChangePasswordBody): Promise<unknown> {
  return api.post<unknown>("/api/account/password", body);
}

export function useChangePassword() {
  return useMutation({ mutationFn: changePassword });
}
