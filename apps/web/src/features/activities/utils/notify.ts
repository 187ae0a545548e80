// A success message (toast) with a labelled close button, so it passes axe.
import { notifications } from "@mantine/notifications";
import { i18next } from "@/lib/i18n";

export function notifySuccess(message: string): void {
  notifications.show({
    color: "green",
    message,
    closeButtonProps: { "aria-label": i18next.t("notifications.close", { ns: "activities" }) },
  });
}
