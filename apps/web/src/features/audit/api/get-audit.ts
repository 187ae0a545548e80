// GET /api/audit?entityType=&entityId=&actorId=&from=&to=&page=&pageSize= → { items, total, page, pageSize }
import type { AuditList } from "@cni/contracts/audit";
import { keepPreviousData, queryOptions, useQuery } from "@tanstack/react-query";
import { api } from "@/lib/api-client";

export type AuditParams = {
  entityType?: string;
  entityId?: string;
  actorId?: string;
  from?: string;
  to?: string;
  page?: number;
  pageSize?: number;
};

function toQuery(params: AuditParams) {
  return {
    entityType: params.entityType || undefined,
    entityId: params.entityId?.trim() || undefined,
    actorId: params.actorId || undefined,
    from: params.from || undefined,
    to: params.to || undefined,
    page: params.page && params.page > 1 ? params.page : undefined,
    pageSize: params.pageSize,
  };
}

export const getAuditQueryKey = (params: AuditParams = {}) =>
  ["audit", "list", toQuery(params)] as const;

export function getAudit(params: AuditParams = {}, signal?: AbortSignal): Promise<AuditList> {
  return api.get<AuditList>("/api/audit", { params: toQuery(params), signal });
}

export const getAuditQueryOptions = (params: AuditParams = {}) =>
  queryOptions({
    queryKey: getAuditQueryKey(params),
    queryFn: ({ signal }) => getAudit(params, signal),
    placeholderData: keepPreviousData,
    staleTime: 0,
  });

export function useAudit(params: AuditParams = {}) {
  return useQuery(getAuditQueryOptions(params));
}
