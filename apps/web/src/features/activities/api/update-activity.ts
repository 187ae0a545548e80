// PATCH /api/activities/:id (coordinator) → Activity. The form sends every field.
import type { Activity, ActivityPatch } from "@cni/contracts/activities";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { api } from "@/lib/api-client";
import { activitiesQueryKeyRoot } from "./get-activities";
import { getActivityQueryKey } from "./get-activity";

export function updateActivity(id: string, patch: ActivityPatch): Promise<Activity> {
  return api.patch<Activity>(`/api/activities/${encodeURIComponent(id)}`, patch);
}

export function useUpdateActivity(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (patch: ActivityPatch) => updateActivity(id, patch),
    onSuccess: async (activity) => {
      queryClient.setQueryData(getActivityQueryKey(id), activity);
      await queryClient.invalidateQueries({ queryKey: activitiesQueryKeyRoot });
    },
  });
}
