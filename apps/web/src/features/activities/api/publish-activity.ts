// POST /api/activities/:id/publish (coordinator) → Activity (published).
import type { Activity } from "@cni/contracts/activities";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { api } from "@/lib/api-client";
import { activitiesQueryKeyRoot } from "./get-activities";
import { getActivityQueryKey } from "./get-activity";

export function publishActivity(id: string): Promise<Activity> {
  return api.post<Activity>(`/api/activities/${encodeURIComponent(id)}/publish`);
}

export function usePublishActivity() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: publishActivity,
    onSuccess: async (activity) => {
      queryClient.setQueryData(getActivityQueryKey(activity.id), activity);
      await queryClient.invalidateQueries({ queryKey: activitiesQueryKeyRoot });
    },
  });
}
