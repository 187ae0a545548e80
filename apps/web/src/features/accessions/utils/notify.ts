// A toast whose close button has an accessible name (Mantine's has none by default).
import { notifications } from "@mantine/notifications";
import type { TFunction } from "i18next";

export function notify(t: TFunction, message: string, color?: string): void {
  notifications.show({
    message,
    color,
    closeButtonProps: { "aria-label": t("accessions:close") },
  });
}
