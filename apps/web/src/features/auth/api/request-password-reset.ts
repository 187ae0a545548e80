// POST /api/auth/password-reset { email } → 202 (the same whether the account exists or not)
import type { RequestPasswordResetBody } from "@cni/contracts/auth";
import { useMutation } from "@tanstack/react-query";
import { api } from "@/lib/api-client";

export function requestPasswordReset(body: RequestPasswordResetBody): Promise<unknown> {
  return api.post<unknown>("/api/auth/password-reset", body);
}

export function useRequestPasswordReset() {
  return useMutation({ mutationFn: requestPasswordReset });
}
