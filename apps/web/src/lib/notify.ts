// The one way to show a toast. Mantine's close button has no accessible name by default
// (axe reports `button-name`), so every toast gets the common label in the user's language.
import { notifications } from "@mantine/notifications";
import { i18next } from "./i18n";

function show(color: string | undefined, message: string, autoClose?: false): void {
  notifications.show({
    color,
    message,
    autoClose,
    closeButtonProps: { "aria-label": i18next.t("notificationClose", { ns: "common" }) },
  });
}

export const notify = {
  success: (message: string) => show("green", message),
  error: (message: string) => show("red", message),
  info: (message: string) => show(undefined, message),
  /** Stays until closed: something the user must act on (e.g. a file that did not upload). */
  warning: (message: string) => show("orange", message, false),
};
