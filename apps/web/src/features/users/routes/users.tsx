// /admin/users — the coordinators' user administration: list, invite, deactivate.
import type { CreateUserResponse, UserAccount, UserStatus } from "@cni/contracts/users";
import { USER_STATUSES } from "@cni/contracts/users";
import { isOneOf, ROLES } from "@cni/domain/enums";
import {
  Button,
  Group,
  Modal,
  Pagination,
  Select,
  Skeleton,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { IconUserPlus } from "@tabler/icons-react";
import { useEffect, useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useSearchParams } from "react-router";
import { ErrorState } from "@/components/error-state";
import { useMunicipalities } from "@/entities/municipality/api";
import { municipalityName } from "@/entities/municipality/name";
import { useSession } from "@/entities/session/get-session";
import { errorMessage } from "@/lib/errors";
import { formatDateTime } from "@/lib/format";
import { notify } from "@/lib/notify";
import { greekOptionsFilter } from "@/lib/select-filter";
import { collator } from "@/lib/text";
import { useDocumentTitle } from "@/lib/use-document-title";
import { useUsers } from "../api/get-users";
import { useInviteAllDesignated } from "../api/invite-designated";
import { useReissueInvitation } from "../api/reissue-invitation";
import { useSetUserActive } from "../api/update-user";
import { CreateUserForm } from "../components/create-user-form";
import { InvitationLink } from "../components/invitation-link";
import { PendingRegistrations } from "../components/pending-registrations";
import { UserStatusBadge } from "../components/status-badge";

const PAGE_SIZE = 25;

type LinkShown = { url: string; expiresAt: string; name: string; emailed: boolean };

function municipalityLabel(user: UserAccount, language: string): string {
  if (!user.municipality) return "—";
  return municipalityName(user.municipality, language);
}

export function Component() {
  const { t, i18n } = useTranslation("users");
  const language = i18n.language;
  const [params, setParams] = useSearchParams();
  const session = useSession();
  const me = session.data?.user?.id;
  useDocumentTitle(t("title"));

  const roleParam = params.get("role");
  const role = isOneOf(ROLES, roleParam) ? roleParam : null;
  const statusParam = params.get("status");
  const status: UserStatus | null = isOneOf(USER_STATUSES, statusParam) ? statusParam : null;
  const municipalityId = params.get("municipality");
  const page = Math.max(1, Number(params.get("page")) || 1);
  const [search, setSearch] = useState(params.get("q") ?? "");
  const [q] = useDebouncedValue(search, 300);

  const update = (changes: Record<string, string | null>) => {
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        for (const [key, value] of Object.entries(changes)) {
          if (value) next.set(key, value);
          else next.delete(key);
        }
        if (!("page" in changes)) next.delete("page");
        return next;
      },
      { replace: true },
    );
  };

  // biome-ignore lint/correctness/useExhaustiveDependencies: only when the debounced text changes
  useEffect(() => {
    if ((params.get("q") ?? "") !== q) update({ q: q || null });
  }, [q]);

  const users = useUsers({
    role: role ?? undefined,
    status: status ?? undefined,
    municipalityId: municipalityId ?? undefined,
    q: params.get("q") ?? undefined,
    page,
    pageSize: PAGE_SIZE,
  });
  const municipalities = useMunicipalities();
  const setActive = useSetUserActive();
  const reissue = useReissueInvitation();
  const inviteAll = useInviteAllDesignated();

  const [creating, setCreating] = useState(false);
  const [link, setLink] = useState<LinkShown | null>(null);
  const [confirming, setConfirming] = useState<UserAccount | null>(null);

  const municipalityOptions = useMemo(() => {
    const compare = collator(language).compare;
    return (municipalities.data?.items ?? [])
      .map((m) => ({
        value: m.id,
        label: municipalityName(m, language),
      }))
      .sort((a, b) => compare(a.label, b.label));
  }, [municipalities.data, language]);

  const onCreated = (result: CreateUserResponse, name: string) => {
    setCreating(false);
    setLink({
      url: result.invitationUrl,
      expiresAt: result.expiresAt,
      name,
      emailed: result.emailed,
    });
  };

  const onReissue = (user: UserAccount) =>
    reissue.mutate(user.id, {
      onSuccess: (result) =>
        setLink({
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

  const data = users.data;
  const pages = data ? Math.max(1, Math.ceil(data.total / PAGE_SIZE)) : 1;

  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-end">
        <Title order={1}>{t("title")}</Title>
        <Button
          leftSection={<IconUserPlus size={18} aria-hidden="true" />}
          onClick={() => setCreating(true)}
        >
          {t("invite")}
        </Button>
      </Group>
      <Text>{t("intro")}</Text>
      <PendingRegistrations />
      <Group>
        <Button
          variant="light"
          // a long label wraps on a phone instead of being cut
          styles={{ root: { height: "auto", minHeight: 36 }, label: { whiteSpace: "normal" } }}
          py={6}
          loading={inviteAll.isPending}
          onClick={() =>
            inviteAll.mutate(undefined, {
              onSuccess: ({ invited }) =>
                notify.success(
                  invited.length
                    ? t("designated.invited", { count: invited.length })
                    : t("designated.noneToInvite"),
                ),
              onError: (error) => notify.error(errorMessage(t, error, "users")),
            })
          }
        >
          {t("designated.inviteAll")}
        </Button>
      </Group>

      <Group gap="sm" align="flex-end" role="search" aria-label={t("filters.label")}>
        <TextInput
          label={t("filters.search")}
          value={search}
          onChange={(event) => setSearch(event.currentTarget.value)}
          w={220}
        />
        <Select
          label={t("filters.role")}
          placeholder={t("filters.all")}
          data={ROLES.map((r) => ({ value: r, label: t(`roles.${r}`) }))}
          value={role}
          onChange={(value) => update({ role: value })}
          clearable
          w={200}
        />
        <Select
          label={t("filters.municipality")}
          placeholder={t("filters.all")}
          data={municipalityOptions}
          value={municipalityId}
          onChange={(value) => update({ municipality: value })}
          searchable
          filter={greekOptionsFilter}
          clearable
          w={240}
        />
        <Select
          label={t("filters.status")}
          placeholder={t("filters.all")}
          data={USER_STATUSES.map((s) => ({ value: s, label: t(`status.${s}`) }))}
          value={status}
          onChange={(value) => update({ status: value })}
          clearable
          w={180}
        />
      </Group>

      {users.isError && !data && (
        <ErrorState error={users.error} onRetry={() => void users.refetch()} />
      )}
      {!data && users.isPending && <Skeleton height={240} />}
      {data && (
        <>
          <Text size="sm" c="dimmed" aria-live="polite">
            {t("count", { count: data.total })}
          </Text>
          <Table.ScrollContainer minWidth={860}>
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
                {data.items.length === 0 && (
                  <Table.Tr>
                    <Table.Td colSpan={7}>{t("empty")}</Table.Td>
                  </Table.Tr>
                )}
                {data.items.map((user) => (
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
                          {municipalityLabel(user, language)}
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
                      <Group gap="xs" wrap="nowrap">
                        {user.active && (
                          <Button
                            size="compact-sm"
                            variant="default"
                            onClick={() => onReissue(user)}
                            loading={reissue.isPending && reissue.variables === user.id}
                            aria-label={t("actions.newLinkFor", { name: user.name })}
                          >
                            {t("actions.newLink")}
                          </Button>
                        )}
                        {user.id !== me &&
                          (user.active ? (
                            <Button
                              size="compact-sm"
                              variant="outline"
                              color="red.9"
                              onClick={() => setConfirming(user)}
                              aria-label={t("actions.deactivateName", { name: user.name })}
                            >
                              {t("actions.deactivate")}
                            </Button>
                          ) : (
                            <Button
                              size="compact-sm"
                              variant="outline"
                              onClick={() => onSetActive(user, true)}
                              loading={setActive.isPending && setActive.variables?.id === user.id}
                              aria-label={t("actions.reactivateName", { name: user.name })}
                            >
                              {t("actions.reactivate")}
                            </Button>
                          ))}
                      </Group>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          {pages > 1 && (
            <Pagination
              total={pages}
              value={page}
              onChange={(value) => update({ page: value > 1 ? String(value) : null })}
              getControlProps={(control) => ({
                "aria-label": t(`pagination.${control}`),
              })}
              getItemProps={(value) => ({ "aria-label": t("pagination.page", { page: value }) })}
            />
          )}
        </>
      )}

      <Modal
        closeButtonProps={{ "aria-label": t("closeDialog") }}
        opened={creating}
        onClose={() => setCreating(false)}
        title={t("create.title")}
        size="lg"
      >
        {creating && <CreateUserForm onCreated={onCreated} onCancel={() => setCreating(false)} />}
      </Modal>

      <Modal
        closeButtonProps={{ "aria-label": t("closeDialog") }}
        opened={link !== null}
        onClose={() => setLink(null)}
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
              <Button variant="default" onClick={() => setLink(null)}>
                {t("link.close")}
              </Button>
            </Group>
          </Stack>
        )}
      </Modal>

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
    </Stack>
  );
}
