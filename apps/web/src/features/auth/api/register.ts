// POST /api/registrations → 201 { user, csrfToken, municipality } (the officer is signed in)
import type { RegistrationBody, RegistrationResponse } from "@cni/contracts/registrations";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { applySignedIn } from "@/entities/session/session-cache";
import { api } from "@/lib/api-client";

export function register(body: RegistrationBody): Promise<RegistrationResponse> {
  return api.post<RegistrationResponse>("/api/registrations", body);
}

export function useRegister() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: register,
    // applySignedIn resets every other query, the directory included (a new municipality)
    onSuccess: (result) => applySignedIn(queryClient, result),
  });
}
