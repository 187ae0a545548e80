// POST /api/view-as {userId} and DELETE /api/view-as: a coordinator opens the portal as an
// officer or representative sees it (read-only) and ends it. Either way "who I am" changed:
// the session is read again and everything read before is dropped, as after a sign-in.
import type { ViewAs } from "@cni/contracts/view-as";
import { type QueryClient, useMutation, useQueryClient } from "@tanstack/react-query";
import { api } from "@/lib/api-client";
import { getSessionQueryKey } from "./get-session";

const isSessionQuery = (key: readonly unknown[]) => key[0] === "auth" && key[1] === "session";

async function rereadIdentity(queryClient: QueryClient): Promise<void> {
  queryClient.removeQueries({ predicate: (q) => !isSessionQuery(q.queryKey) });
  await queryClient.refetchQueries({ queryKey: getSessionQueryKey() });
}

export function startViewAs(userId: string): Promise<ViewAs> {
  return api.post<ViewAs>("/api/view-as", { userId });
}

export function stopViewAs(): Promise<void> {
  return api.delete<void>("/api/view-as");
}

export function useStartViewAs() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: startViewAs,
    onSuccess: () => rereadIdentity(queryClient),
  });
}

export function useStopViewAs() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: stopViewAs,
    onSuccess: () => rereadIdentity(queryClient),
  });
}
