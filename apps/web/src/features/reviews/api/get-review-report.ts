// GET /api/reviews/:dueOn/report → ReviewReport (signed in): frozen once the cycle is
// closed, a live preview before.
import type { ReviewReport } from "@cni/contracts/reviews";
import { queryOptions, useQuery } from "@tanstack/react-query";
import { api } from "@/lib/api-client";
import { reviewsQueryKeyRoot } from "./get-reviews";

export const getReviewReportQueryKey = (dueOn: string) =>
  [...reviewsQueryKeyRoot, "report", dueOn] as const;

export function getReviewReport(dueOn: string, signal?: AbortSignal): Promise<ReviewReport> {
  return api.get<ReviewReport>(`/api/reviews/${encodeURIComponent(dueOn)}/report`, { signal });
}

export const getReviewReportQueryOptions = (dueOn: string) =>
  queryOptions({
    queryKey: getReviewReportQueryKey(dueOn),
    queryFn: ({ signal }) => getReviewReport(dueOn, signal),
  });

export function useReviewReport(dueOn: string, options: { enabled?: boolean } = {}) {
  return useQuery({ ...getReviewReportQueryOptions(dueOn), enabled: options.enabled ?? true });
}
