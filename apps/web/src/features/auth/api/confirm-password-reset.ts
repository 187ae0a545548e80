// POST /api/auth/password-reset/confirm { token, password } → { user, csrfToken } (signed in)
import type { ConfirmPasswordResetBody, LoginResponse } from "@cni/contracts/auth";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { applySignedIn } from "@/entities/session/session-cache";
import { api } from "@/lib/api-client";

export function confirmPasswordReset(body: ConfirmPasswordResetBody): Promise<LoginResponse> {
  return api.post<LoginResponse>("/api/auth/password-reset/confirm", body);
}

export function useConfirmPasswordReset() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: confirmPasswordReset,
    onSuccess: (session) => applySignedIn(queryClient, session),
  });
}
