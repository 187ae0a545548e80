// GET /api/reviews → ReviewSummary[] (public): every cycle through today, oldest first.
import type { ReviewSummary } from "@cni/contracts/reviews";
import { queryOptions, useQuery } from "@tanstack/react-query";
import { api } from "@/lib/api-client";

/** Every review query starts with this, so a mutation can refresh them all. */
export const reviewsQueryKeyRoot = ["reviews"] as const;

export const getReviewsQueryKey = () => [...reviewsQueryKeyRoot, "list"] as const;

export function getReviews(signal?: AbortSignal): Promise<ReviewSummary[]> {
  return api.get<ReviewSummary[]>("/api/reviews", { signal });
}

export const getReviewsQueryOptions = () =>
  queryOptions({ queryKey: getReviewsQueryKey(), queryFn: ({ signal }) => getReviews(signal) });

export function useReviews() {
  return useQuery(getReviewsQueryOptions());
}
