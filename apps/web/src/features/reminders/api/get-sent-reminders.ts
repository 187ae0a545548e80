// GET /api/reminders/sent → { items } (coordinators): the last reminders sent, newest first
import type { SentReminderList } from "@cni/contracts/reminders";
import { queryOptions, useQuery } from "@tanstack/react-query";
import { api } from "@/lib/api-client";

export const getSentRemindersQueryOptions = () =>
  queryOptions({
    queryKey: ["reminders", "sent"] as const,
    queryFn: ({ signal }) => api.get<SentReminderList>("/api/reminders/sent", { signal }),
  });

export function useSentReminders() {
  return useQuery(getSentRemindersQueryOptions());
}
