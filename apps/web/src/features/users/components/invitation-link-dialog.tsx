// The dialog that shows a freshly issued invitation link once (after inviting someone or
// issuing a new link), to copy and give to the person.
import { Button, Group, Modal, Stack } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { InvitationLink } from "./invitation-link";

export type LinkShown = { url: string; expiresAt: string; name: string; emailed: boolean };

export function InvitationLinkDialog({
  link,
  onClose,
}: {
  link: LinkShown | null;
  onClose: () => void;
}) {
  const { t } = useTranslation("users");
  return (
    <Modal
      closeButtonProps={{ "aria-label": t("closeDialog") }}
      opened={link !== null}
      onClose={onClose}
      title={t("link.title")}
      size="lg"
    >
      {link && (
        <Stack gap="md">
          <InvitationLink
            url={link.url}
            expiresAt={link.expiresAt}
            name={link.name}
            emailed={link.emailed}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t("link.close")}
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}
