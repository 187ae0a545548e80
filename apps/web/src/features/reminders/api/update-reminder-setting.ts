// PUT /api/reminders/settings { kind, enabled } → { settings }
import type { ReminderSettings, ReminderSettingUpdate } from "@cni/contracts/reminders";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { api } from "@/lib/api-client";
import { reminderSettingsQueryKey } from "./get-reminder-settings";

export function updateReminderSetting(input: ReminderSettingUpdate): Promise<ReminderSettings> {
  return api.put<ReminderSettings>("/api/reminders/settings", input);
}

export function useUpdateReminderSetting() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateReminderSetting,
    onSuccess: (data) => queryClient.setQueryData(reminderSettingsQueryKey(), data),
  });
}
