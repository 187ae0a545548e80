// POST / DELETE /api/activities/:id/participants/me → Activity: the caller's OWN
// municipality takes part, or no longer does (the API takes the municipality from the
// account, never from the request).
import type { Activity } from "@cni/contracts/activities";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { api } from "@/lib/api-client";
import { activitiesQueryKeyRoot } from "./get-activities";
import { getActivityQueryKey } from "./get-activity";

export function setParticipation(id: string, participating: boolean): Promise<Activity> {
  const url = `/api/activities/${encodeURIComponent(id)}/participants/me`;
  return participating ? api.post<Activity>(url) : api.delete<Activity>(url);
}

export function useSetParticipation(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (participating: boolean) => setParticipation(id, participating),
    onSuccess: async (activity) => {
      queryClient.setQueryData(getActivityQueryKey(id), activity);
      await queryClient.invalidateQueries({ queryKey: activitiesQueryKeyRoot });
    },
  });
}
