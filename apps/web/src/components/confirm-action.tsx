// A button that asks for confirmation in a dialog before an action that cannot be undone.
// The action's error (problem+json) is shown inside the dialog, translated by code from the
// caller's namespace (errors.code.<CODE>) or by status.
import { Alert, Button, type ButtonProps, Group, Modal, Text } from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { errorMessage } from "@/lib/errors";

type Props = {
  label: string;
  title: string;
  text: ReactNode;
  confirmLabel: string;
  onConfirm: () => Promise<unknown>;
  pending: boolean;
  error: unknown;
  color?: ButtonProps["color"];
  variant?: ButtonProps["variant"];
  leftSection?: ReactNode;
  namespace?: string;
  cancelLabel: string;
  /** Called when the dialog opens, e.g. to clear a previous attempt's error. */
  onOpen?: () => void;
};

export function ConfirmAction({
  label,
  title,
  text,
  confirmLabel,
  onConfirm,
  pending,
  error,
  color,
  variant = "filled",
  leftSection,
  namespace = "common",
  cancelLabel,
  onOpen,
}: Props) {
  const { t } = useTranslation(namespace);
  const [opened, { open, close }] = useDisclosure(false);
  return (
    <>
      <Button
        onClick={() => {
          onOpen?.();
          open();
        }}
        color={color}
        variant={variant}
        leftSection={leftSection}
      >
        {label}
      </Button>
      <Modal
        opened={opened}
        onClose={close}
        title={title}
        centered
        closeButtonProps={{ "aria-label": cancelLabel }}
      >
        <Text mb="md">{text}</Text>
        {error ? (
          <Alert color="red" role="alert" mb="md">
            {errorMessage(t, error, namespace)}
          </Alert>
        ) : null}
        <Group justify="flex-end">
          <Button variant="default" onClick={close}>
            {cancelLabel}
          </Button>
          <Button
            color={color}
            loading={pending}
            onClick={async () => {
              try {
                await onConfirm();
                close();
              } catch {
                // shown in the dialog
              }
            }}
          >
            {confirmLabel}
          </Button>
        </Group>
      </Modal>
    </>
  );
}
