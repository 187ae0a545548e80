// GET /api/reminders/settings → { settings } (coordinators)
import type { ReminderSettings } from "@cni/contracts/reminders";
import { queryOptions, useQuery } from "@tanstack/react-query";
import { api } from "@/lib/api-client";

export const reminderSettingsQueryKey = () => ["reminders", "settings"] as const;

export const getReminderSettingsQueryOptions = () =>
  queryOptions({
    queryKey: reminderSettingsQueryKey(),
    queryFn: ({ signal }) => api.get<ReminderSettings>("/api/reminders/settings", { signal }),
  });

export function useReminderSettings() {
  return useQuery(getReminderSettingsQueryOptions());
}
