// POST /api/registrations → 202 { municipality }: the same answer whether or not the e-mail
// was taken, and nobody is signed in by it. The new officer then signs in with the password
// it chose (a taken e-mail's owner is told by e-mail instead; that sign-in fails).
import type { LoginResponse } from "@cni/contracts/auth";
import type { RegistrationBody, RegistrationResponse } from "@cni/contracts/registrations";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { applySignedIn } from "@/entities/session/session-cache";
import { api, isApiError } from "@/lib/api-client";

export type RegistrationOutcome = RegistrationResponse & { session: LoginResponse | null };

export async function register(body: RegistrationBody): Promise<RegistrationOutcome> {
  const registered = await api.post<RegistrationResponse>("/api/registrations", body);
  try {
    const session = await api.post<LoginResponse>("/api/auth/login", {
      email: body.officer.email,
      password: body.password,
    });
    return { ...registered, session };
  } catch (error) {
    if (isApiError(error) && error.status === 401) return { ...registered, session: null };
    throw error;
  }
}

export function useRegister() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: register,
    onSuccess: async (result) => {
      if (result.session) await applySignedIn(queryClient, result.session);
    },
  });
}
