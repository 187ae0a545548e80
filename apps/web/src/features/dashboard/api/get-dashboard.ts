// GET /api/dashboard → Dashboard (coordinators): the network today.
import type { Dashboard } from "@cni/contracts/dashboard";
import { queryOptions, useQuery } from "@tanstack/react-query";
import { api } from "@/lib/api-client";

export const getDashboardQueryKey = () => ["dashboard"] as const;

export function getDashboard(signal?: AbortSignal): Promise<Dashboard> {
  return api.get<Dashboard>("/api/dashboard", { signal });
}

export const getDashboardQueryOptions = () =>
  queryOptions({ queryKey: getDashboardQueryKey(), queryFn: ({ signal }) => getDashboard(signal) });

export function useDashboard(options: { enabled?: boolean } = {}) {
  return useQuery({ ...getDashboardQueryOptions(), enabled: options.enabled ?? true });
}
