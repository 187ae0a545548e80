// GET /api/reviews/:dueOn → ReviewDetail (signed in): coordinators see every participant,
// officers and representatives their own municipality.
import type { ReviewDetail } from "@cni/contracts/reviews";
import { queryOptions, useQuery } from "@tanstack/react-query";
import { api } from "@/lib/api-client";
import { reviewsQueryKeyRoot } from "./get-reviews";

export const getReviewQueryKey = (dueOn: string) =>
  [...reviewsQueryKeyRoot, "detail", dueOn] as const;

export function getReview(dueOn: string, signal?: AbortSignal): Promise<ReviewDetail> {
  return api.get<ReviewDetail>(`/api/reviews/${encodeURIComponent(dueOn)}`, { signal });
}

export const getReviewQueryOptions = (dueOn: string) =>
  queryOptions({
    queryKey: getReviewQueryKey(dueOn),
    queryFn: ({ signal }) => getReview(dueOn, signal),
  });

export function useReview(dueOn: string, options: { enabled?: boolean } = {}) {
  return useQuery({ ...getReviewQueryOptions(dueOn), enabled: options.enabled ?? true });
}
