// GET /api/auth/password-reset → { available } (only when the server sends e-mail)
import type { PasswordResetAvailability } from "@cni/contracts/auth";
import { queryOptions, useQuery } from "@tanstack/react-query";
import { api } from "@/lib/api-client";

export const getPasswordResetQueryKey = () => ["auth", "password-reset"] as const;

export function getPasswordReset(signal?: AbortSignal): Promise<PasswordResetAvailability> {
  return api.get<PasswordResetAvailability>("/api/auth/password-reset", { signal });
}

export const getPasswordResetQueryOptions = () =>
  queryOptions({
    queryKey: getPasswordResetQueryKey(),
    queryFn: ({ signal }) => getPasswordReset(signal),
    staleTime: Number.POSITIVE_INFINITY,
  });

export function usePasswordReset() {
  return useQuery(getPasswordResetQueryOptions());
}
