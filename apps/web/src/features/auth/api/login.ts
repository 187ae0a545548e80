// POST /api/auth/login { email, password } → { user, csrfToken } (sets the session cookie)
import type { LoginBody, LoginResponse } from "@cni/contracts/auth";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { applySignedIn } from "@/entities/session/session-cache";
import { api } from "@/lib/api-client";

export function login(body: LoginBody): Promise<LoginResponse> {
  return api.post<LoginResponse>("/api/auth/login", body);
}

export function useLogin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: login,
    onSuccess: (session) => applySignedIn(queryClient, session),
  });
}
