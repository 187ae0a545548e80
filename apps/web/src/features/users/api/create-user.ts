// POST /api/users { email, name, role, municipalityId?, position? } → 201 { user, invitationUrl, expiresAt }
import type { CreateUserBody, CreateUserResponse } from "@cni/contracts/users";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { api } from "@/lib/api-client";
import { usersQueryKeyRoot } from "./get-users";

export function createUser(body: CreateUserBody): Promise<CreateUserResponse> {
  return api.post<CreateUserResponse>("/api/users", body);
}

export function useCreateUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createUser,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: usersQueryKeyRoot() }),
  });
}
