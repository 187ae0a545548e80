// The coordinators' table of accounts: who, role, municipality, status (verification first,
// then invited/active/deactivated), last sign-in, and the row actions (a new invitation link,
// deactivate after a confirmation, reactivate). Each action's accessible name is its visible
// text followed by the person's name (hidden), so voice control finds it by what it shows.
import type { UserAccount } from "@cni/contracts/users";
import { Button, Group, Modal, Stack, Table, Text, VisuallyHidden } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { TableScroll } from "@/components/table-scroll";
import { municipalityName } from "@/entities/municipality/name";
import { errorMessage } from "@/lib/errors";
import { formatDateTime } from "@/lib/format";
import { notify } from "@/lib/notify";
import { useReissueInvitation } from "../api/reissue-invitation";
import { useSetUserActive } from "../api/update-user";
import type { LinkShown } from "./invitation-link-dialog";
import { UserStatusBadge } from "./status-badge";
import { ViewAsButton } from "./view-as-button";

type Props = {
  items: UserAccount[];
  /** The signed-in coordinator (never offered to deactivate themself). */
  me: string | undefined;
  onLinkIssued: (link: LinkShown) => void;
};

export function UsersTable({ items, me, onLinkIssued }: Props) {
  const { t, i18n } = useTranslation("users");
  const language = i18n.language;
  const setActive = useSetUserActive();
  const reissue = useReissueInvitation();
  const [confirming, setConfirming] = useState<UserAccount | null>(null);

  const onReissue = (user: UserAccount) =>
    reissue.mutate(user.id, {
      onSuccess: (result) =>
        onLinkIssued({
          url: result.invitationUrl,
          expiresAt: result.expiresAt,
          name: user.name,
          emailed: result.emailed,
        }),
      onError: (error) => notify.error(errorMessage(t, error, "users")),
    });

  const onSetActive = (user: UserAccount, active: boolean) =>
    setActive.mutate(
      { id: user.id, active },
      {
        onSuccess: () => {
          setConfirming(null);
          notify.success(
            active
              ? t("actions.reactivated", { name: user.name })
              : t("actions.deactivated", { name: user.name }),
          );
        },
        onError: (error) => notify.error(errorMessage(t, error, "users")),
      },
    );

  return (
    <>
      <TableScroll minWidth={860} stickyFirstColumn label={t("title")}>
        <Table striped highlightOnHover aria-label={t("title")}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t("fields.name")}</Table.Th>
              <Table.Th scope="col">{t("fields.email")}</Table.Th>
              <Table.Th scope="col">{t("fields.role")}</Table.Th>
              <Table.Th scope="col">{t("fields.municipality")}</Table.Th>
              <Table.Th scope="col">{t("fields.status")}</Table.Th>
              <Table.Th scope="col">{t("fields.lastLogin")}</Table.Th>
              <Table.Th scope="col">{t("fields.actions")}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {items.length === 0 && (
              <Table.Tr>
                <Table.Td colSpan={7}>{t("empty")}</Table.Td>
              </Table.Tr>
            )}
            {items.map((user) => (
              <Table.Tr key={user.id} data-testid={`user-row-${user.email}`}>
                <Table.Th scope="row" fw={500}>
                  {user.name}
                  {user.position && (
                    <Text size="xs" c="dimmed">
                      {user.position}
                    </Text>
                  )}
                </Table.Th>
                <Table.Td>{user.email}</Table.Td>
                <Table.Td>{t(`roles.${user.role}`)}</Table.Td>
                <Table.Td>
                  {user.municipality ? (
                    <Link to={`/municipalities/${user.municipality.id}`}>
                      {municipalityName(user.municipality, language)}
                    </Link>
                  ) : (
                    "—"
                  )}
                </Table.Td>
                <Table.Td>
                  {user.verification === "verified" ? (
                    <UserStatusBadge status={user.status} />
                  ) : (
                    <UserStatusBadge status={user.verification} />
                  )}
                  {user.status === "invited" && (
                    <Text size="xs" c="dimmed">
                      {user.invitationExpiresAt
                        ? t("linkValidUntil", {
                            date: formatDateTime(user.invitationExpiresAt, language),
                          })
                        : t("linkExpired")}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>
                  {user.lastLoginAt ? formatDateTime(user.lastLoginAt, language) : "—"}
                </Table.Td>
                <Table.Td>
                  <Group gap="xs">
                    <ViewAsButton user={user} />
                    {user.active && (
                      <Button
                        size="compact-sm"
                        variant="default"
                        onClick={() => onReissue(user)}
                        loading={reissue.isPending && reissue.variables === user.id}
                      >
                        {t("actions.newLink")}
                        <VisuallyHidden> ({user.name})</VisuallyHidden>
                      </Button>
                    )}
                    {user.id !== me &&
                      (user.active ? (
                        <Button
                          size="compact-sm"
                          variant="outline"
                          color="red.9"
                          onClick={() => setConfirming(user)}
                        >
                          {t("actions.deactivate")}
                          <VisuallyHidden> ({user.name})</VisuallyHidden>
                        </Button>
                      ) : (
                        <Button
                          size="compact-sm"
                          variant="outline"
                          onClick={() => onSetActive(user, true)}
                          loading={setActive.isPending && setActive.variables?.id === user.id}
                        >
                          {t("actions.reactivate")}
                          <VisuallyHidden> ({user.name})</VisuallyHidden>
                        </Button>
                      ))}
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </TableScroll>

      <Modal
        closeButtonProps={{ "aria-label": t("closeDialog") }}
        opened={confirming !== null}
        onClose={() => setConfirming(null)}
        title={t("confirm.title")}
      >
        {confirming && (
          <Stack gap="md">
            <Text>{t("confirm.text", { name: confirming.name, email: confirming.email })}</Text>
            <Group justify="flex-end" gap="sm">
              <Button variant="default" onClick={() => setConfirming(null)}>
                {t("confirm.cancel")}
              </Button>
              <Button
                color="red.9"
                onClick={() => onSetActive(confirming, false)}
                loading={setActive.isPending}
              >
                {t("confirm.submit")}
              </Button>
            </Group>
          </Stack>
        )}
      </Modal>
    </>
  );
}
