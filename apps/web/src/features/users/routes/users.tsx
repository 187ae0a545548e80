// /admin/users — the coordinators' user administration: the registrations to verify, the
// accounts (filtered in the URL, 25 a page), inviting someone, and the invitation links.
import type { CreateUserResponse, UserStatus } from "@cni/contracts/users";
import { USER_STATUSES } from "@cni/contracts/users";
import { isOneOf, ROLES } from "@cni/domain/enums";
import { Button, Group, Modal, Pagination, Skeleton, Stack, Text, Title } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { IconUserPlus } from "@tabler/icons-react";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { useSearchParams } from "react-router";
import { ErrorState } from "@/components/error-state";
import { useSession } from "@/entities/session/get-session";
import { useDocumentTitle } from "@/lib/use-document-title";
import { useUsers } from "../api/get-users";
import { CreateUserForm } from "../components/create-user-form";
import { InvitationLinkDialog, type LinkShown } from "../components/invitation-link-dialog";
import { InviteAllDesignated } from "../components/invite-all-designated";
import { PendingRegistrations } from "../components/pending-registrations";
import { UserFilters } from "../components/user-filters";
import { UsersTable } from "../components/users-table";

const PAGE_SIZE = 25;

export function Component() {
  const { t } = useTranslation("users");
  const [params, setParams] = useSearchParams();
  const session = useSession();
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

  const [creating, setCreating] = useState(false);
  const [link, setLink] = useState<LinkShown | null>(null);

  const onCreated = (result: CreateUserResponse, name: string) => {
    setCreating(false);
    setLink({
      url: result.invitationUrl,
      expiresAt: result.expiresAt,
      name,
      emailed: result.emailed,
    });
  };

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
      <InviteAllDesignated />

      <UserFilters
        search={search}
        onSearch={setSearch}
        role={role}
        municipalityId={municipalityId}
        status={status}
        onChange={update}
      />

      {users.isError && !data && (
        <ErrorState error={users.error} onRetry={() => void users.refetch()} />
      )}
      {!data && users.isPending && <Skeleton height={240} />}
      {data && (
        <>
          <Text size="sm" c="dimmed" aria-live="polite">
            {t("count", { count: data.total })}
          </Text>
          <UsersTable items={data.items} me={session.data?.user?.id} onLinkIssued={setLink} />
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

      <InvitationLinkDialog link={link} onClose={() => setLink(null)} />
    </Stack>
  );
}
