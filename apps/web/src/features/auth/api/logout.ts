// POST /api/auth/logout → 204 (ends the session; the cookie is cleared). The caller then
// leaves any protected page and calls `applySignedOut` (session-cache.ts), in that order.
import { useMutation } from "@tanstack/react-query";
import { api, isApiError } from "@/lib/api-client";

export async function logout(): Promise<void> {
  try {
    await api.post<void>("/api/auth/logout");
  } catch (error) {
    // already signed out (expired session): nothing to end
    if (!(isApiError(error) && error.status === 401)) throw error;
  }
}

export function useLogout() {
  return useMutation({ mutationFn: logout });
}
