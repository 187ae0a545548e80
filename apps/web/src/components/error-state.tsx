import { Alert, Button, Group, Text } from "@mantine/core";
import { IconAlertTriangle, IconRefresh } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { errorMessage } from "@/lib/errors";

type Props = {
  error: unknown;
  /** Shown as a "Try again" button when given. */
  onRetry?: () => void;
  title?: string;
  namespace?: string;
};

/** A failed request: a translated message and, when possible, a way to try again. */
export function ErrorState({ error, onRetry, title, namespace }: Props) {
  const { t } = useTranslation("common");
  return (
    <Alert
      role="alert"
      color="red"
      variant="light"
      title={title ?? t("errors.title")}
      icon={<IconAlertTriangle aria-hidden="true" />}
    >
      <Text size="sm" c="red.9">
        {errorMessage(t, error, namespace)}
      </Text>
      {onRetry && (
        <Group mt="sm">
          <Button
            size="xs"
            variant="default"
            leftSection={<IconRefresh size={16} aria-hidden="true" />}
            onClick={onRetry}
          >
            {t("retry")}
          </Button>
        </Group>
      )}
    </Alert>
  );
}
