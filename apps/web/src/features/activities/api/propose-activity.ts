// POST /api/activities/proposals (officer or representative) → 201 Activity (unpublished).
import type { Activity, ActivityInputParsed } from "@cni/contracts/activities";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { api } from "@/lib/api-client";
import { activitiesQueryKeyRoot } from "./get-activities";

export function proposeActivity(input: ActivityInputParsed): Promise<Activity> {
  return api.post<Activity>("/api/activities/proposals", input);
}

export function useProposeActivity() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: proposeActivity,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: activitiesQueryKeyRoot }),
  });
}
