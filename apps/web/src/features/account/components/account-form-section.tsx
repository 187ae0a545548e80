// One section of the account page: a titled form (read-only while viewing as someone), the
// server's error when no field took it, the fields, and the submit button.
import { Button, Group, Paper, Stack, Title } from "@mantine/core";
import type { FormEventHandler, ReactNode } from "react";
import { ErrorState } from "@/components/error-state";
import { ReadOnlyWhileViewing } from "@/entities/session/read-only";

export function AccountFormSection({
  id,
  title,
  onSubmit,
  error,
  submitLabel,
  pending,
  children,
}: {
  id: string;
  title: string;
  onSubmit: FormEventHandler<HTMLFormElement>;
  /** The server's error, shown above the fields (null when a field shows it). */
  error: unknown;
  submitLabel: string;
  pending: boolean;
  children: ReactNode;
}) {
  return (
    <ReadOnlyWhileViewing>
      <Paper withBorder p="lg" component="form" onSubmit={onSubmit} noValidate aria-labelledby={id}>
        <Stack gap="md">
          <Title order={2} size="h3" id={id}>
            {title}
          </Title>
          {error ? <ErrorState error={error} namespace="account" /> : null}
          {children}
          <Group>
            <Button type="submit" loading={pending}>
              {submitLabel}
            </Button>
          </Group>
        </Stack>
      </Paper>
    </ReadOnlyWhileViewing>
  );
}
