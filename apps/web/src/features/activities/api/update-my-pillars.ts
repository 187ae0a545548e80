// PUT /api/me/pillars { pillars } → { pillars }
import type { MyPillars, MyPillarsInput } from "@cni/contracts/activities";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { api } from "@/lib/api-client";
import { getMyPillarsQueryKey } from "./get-my-pillars";

export function updateMyPillars(input: MyPillarsInput): Promise<MyPillars> {
  return api.put<MyPillars>("/api/me/pillars", input);
}

export function useUpdateMyPillars(userId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateMyPillars,
    onSuccess: (data) => queryClient.setQueryData(getMyPillarsQueryKey(userId), data),
  });
}
