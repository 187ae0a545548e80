import { Alert, Button, Group, Text } from "@mantine/core";
import { IconAlertTriangle, IconPlugConnectedX, IconRefresh } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { isConnectionError } from "@/lib/connection";
import { errorMessage } from "@/lib/errors";

type Props = {
  error: unknown;
  /** Shown as a "Try again" button when given. */
  onRetry?: () => void;
  title?: string;
  namespace?: string;
};

/**
 * A failed request: a translated message and, when possible, a way to try again. When the
 * server could not be reached it says so; the connection monitor (lib/connection-monitor)
 * keeps retrying, so the page appears by itself once the connection is back.
 */
export function ErrorState({ error, onRetry, title, namespace }: Props) {
  const { t } = useTranslation("common");
  const connection = isConnectionError(error);
  return (
    <Alert
      role="alert"
      color={connection ? "orange" : "red"}
      variant="light"
      title={connection ? t("connection.title") : (title ?? t("errors.title"))}
      icon={
        connection ? (
          <IconPlugConnectedX aria-hidden="true" />
        ) : (
          <IconAlertTriangle aria-hidden="true" />
        )
      }
      data-testid={connection ? "connection-error" : undefined}
    >
      <Text size="sm" c={connection ? "dark.9" : "red.9"}>
        {connection ? t("connection.noData") : errorMessage(t, error, namespace)}
      </Text>
      {onRetry && (
        <Group mt="sm">
          <Button
            size="xs"
            variant="default"
            leftSection={<IconRefresh size={16} aria-hidden="true" />}
            onClick={onRetry}
          >
            {connection ? t("connection.retryNow") : t("retry")}
          </Button>
        </Group>
      )}
    </Alert>
  );
}
