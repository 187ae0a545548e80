// POST /api/activities (coordinator) → 201 Activity, published at once.
import type { Activity, ActivityInputParsed } from "@cni/contracts/activities";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { api } from "@/lib/api-client";
import { activitiesQueryKeyRoot } from "./get-activities";

export function createActivity(input: ActivityInputParsed): Promise<Activity> {
  return api.post<Activity>("/api/activities", input);
}

export function useCreateActivity() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createActivity,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: activitiesQueryKeyRoot }),
  });
}
