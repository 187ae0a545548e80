// GET /api/users?role=&municipalityId=&status=&verification=&q=&page=&pageSize= → { items, total, page, pageSize }
import type { UserList, UserStatus, Verification } from "@cni/contracts/users";
import type { Role } from "@cni/domain/enums";
import { keepPreviousData, queryOptions, useQuery } from "@tanstack/react-query";
import { api } from "@/lib/api-client";

export type UsersParams = {
  role?: Role;
  municipalityId?: string;
  status?: UserStatus;
  verification?: Verification;
  q?: string;
  page?: number;
  pageSize?: number;
};

function toQuery(params: UsersParams) {
  return {
    role: params.role || undefined,
    municipalityId: params.municipalityId || undefined,
    status: params.status || undefined,
    verification: params.verification || undefined,
    q: params.q?.trim() || undefined,
    page: params.page && params.page > 1 ? params.page : undefined,
    pageSize: params.pageSize,
  };
}

export const getUsersQueryKey = (params: UsersParams = {}) =>
  ["users", "list", toQuery(params)] as const;

/** Every users query (lists), for invalidation after a change. */
export const usersQueryKeyRoot = () => ["users"] as const;

export function getUsers(params: UsersParams = {}, signal?: AbortSignal): Promise<UserList> {
  return api.get<UserList>("/api/users", { params: toQuery(params), signal });
}

export const getUsersQueryOptions = (params: UsersParams = {}) =>
  queryOptions({
    queryKey: getUsersQueryKey(params),
    queryFn: ({ signal }) => getUsers(params, signal),
    placeholderData: keepPreviousData,
  });

export function useUsers(params: UsersParams = {}) {
  return useQuery(getUsersQueryOptions(params));
}
