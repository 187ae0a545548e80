// GET /api/notices?municipalityId=&addressedTo=&acknowledged=&page= → { items, total,
// unacknowledged, page, pageSize }: 50 a page, unacknowledged first (officers and
// representatives: their own municipality's; coordinators: any party's or all, or with
// addressedTo=coordinators their own).
import type { NoticeList, NoticeListQuery } from "@cni/contracts/notices";
import { queryOptions, useQuery } from "@tanstack/react-query";
import { api } from "@/lib/api-client";

export const noticesQueryKeyRoot = ["notices"] as const;

export const getNoticesQueryKey = (params: NoticeListQuery = {}) =>
  [
    ...noticesQueryKeyRoot,
    "list",
    {
      municipalityId: params.municipalityId,
      addressedTo: params.addressedTo,
      acknowledged: params.acknowledged,
      page: params.page,
    },
  ] as const;

export function getNotices(
  params: NoticeListQuery = {},
  signal?: AbortSignal,
): Promise<NoticeList> {
  return api.get<NoticeList>("/api/notices", {
    params: {
      municipalityId: params.municipalityId,
      addressedTo: params.addressedTo,
      acknowledged: params.acknowledged,
      page: params.page,
    },
    signal,
  });
}

export const getNoticesQueryOptions = (params: NoticeListQuery = {}) =>
  queryOptions({
    queryKey: getNoticesQueryKey(params),
    queryFn: ({ signal }) => getNotices(params, signal),
    staleTime: 15_000,
  });

export function useNotices(
  params: NoticeListQuery = {},
  options: { enabled?: boolean; refetchInterval?: number } = {},
) {
  return useQuery({
    ...getNoticesQueryOptions(params),
    enabled: options.enabled ?? true,
    refetchInterval: options.refetchInterval,
  });
}
