// "Rescind the withdrawal" with a confirmation dialog (officer of the municipality or a
// coordinator, while the withdrawal is pending).
import { Alert, Button, Group, Modal, Stack, Text } from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
import { IconArrowBackUp } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { errorMessage } from "@/lib/errors";
import { formatDate } from "@/lib/format";
import { notify } from "@/lib/notify";
import { useRescindWithdrawal } from "../api/rescind-withdrawal";

type Props = {
  withdrawal: { id: string; effectiveOn: string };
  /** The municipality's full name, for the question. */
  municipalityName: string;
  size?: "xs" | "sm" | "md";
};

export function RescindWithdrawalButton({ withdrawal, municipalityName, size = "sm" }: Props) {
  const { t, i18n } = useTranslation("withdrawals");
  const [opened, { open, close }] = useDisclosure(false);
  const rescind = useRescindWithdrawal();

  const confirm = () =>
    rescind.mutate(withdrawal.id, {
      onSuccess: () => {
        close();
        notify.success(t("rescind.success"));
      },
    });

  return (
    <>
      <Button
        variant="outline"
        color="red.9"
        size={size}
        leftSection={<IconArrowBackUp size={16} aria-hidden="true" />}
        onClick={() => {
          rescind.reset();
          open();
        }}
      >
        {t("rescind.button")}
      </Button>
      <Modal
        opened={opened}
        onClose={close}
        title={t("rescind.title")}
        centered
        closeButtonProps={{ "aria-label": t("close") }}
      >
        <Stack gap="md">
          <Text>
            {t("rescind.text", {
              name: municipalityName,
              date: formatDate(withdrawal.effectiveOn, i18n.language),
            })}
          </Text>
          {rescind.isError && (
            <Alert color="red" role="alert">
              {errorMessage(t, rescind.error, "withdrawals")}
            </Alert>
          )}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={close}>
              {t("rescind.cancel")}
            </Button>
            <Button color="red.9" onClick={confirm} loading={rescind.isPending}>
              {t("rescind.confirm")}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
