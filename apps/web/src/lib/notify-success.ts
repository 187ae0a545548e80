// A success notification whose close button has an accessible name (Mantine's has none by
// default, which axe reports as `button-name`). Pass the label in the user's language.
import { notifications } from "@mantine/notifications";

export function notifySuccess(message: string, closeLabel: string): void {
  notifications.show({
    color: "green",
    message,
    closeButtonProps: { "aria-label": closeLabel },
  });
}
