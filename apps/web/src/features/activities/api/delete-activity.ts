// DELETE /api/activities/:id (coordinator) → 204. Also turns a proposal down.
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { api } from "@/lib/api-client";
import { activitiesQueryKeyRoot } from "./get-activities";
import { getActivityQueryKey } from "./get-activity";

export function deleteActivity(id: string): Promise<void> {
  return api.delete<void>(`/api/activities/${encodeURIComponent(id)}`);
}

export function useDeleteActivity() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteActivity,
    onSuccess: async (_data, id) => {
      queryClient.removeQueries({ queryKey: getActivityQueryKey(id) });
      await queryClient.invalidateQueries({ queryKey: activitiesQueryKeyRoot });
    },
  });
}
