// /admin/audit — the audit log (coordinators): who changed what, when, with before/after.
import { isIsoDate } from "@cni/domain/dates";
import {
  Button,
  Group,
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
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { useSearchParams } from "react-router";
import { ErrorState } from "@/components/error-state";
import { useDocumentTitle } from "@/hooks/use-document-title";
import { intlLocale } from "@/lib/i18n-locale";
import { greekOptionsFilter } from "@/lib/select-filter";
import { useAudit } from "../api/get-audit";
import { useAuditFacets } from "../api/get-audit-facets";
import { AuditChanges } from "../components/audit-changes";

const PAGE_SIZE = 50;

function formatInstant(instant: string, language: string): string {
  return new Intl.DateTimeFormat(intlLocale(language), {
    dateStyle: "short",
    timeStyle: "medium",
    timeZone: "Europe/Athens",
  }).format(new Date(instant));
}

const dateParam = (value: string | null) => (value && isIsoDate(value) ? value : "");

export function Component() {
  const { t, i18n } = useTranslation("audit");
  const language = i18n.language;
  const [params, setParams] = useSearchParams();
  useDocumentTitle(t("title"));

  const entityType = params.get("entityType");
  const actorId = params.get("actorId");
  const from = dateParam(params.get("from"));
  const to = dateParam(params.get("to"));
  const page = Math.max(1, Number(params.get("page")) || 1);
  const [entityIdText, setEntityIdText] = useState(params.get("entityId") ?? "");
  const [entityId] = useDebouncedValue(entityIdText, 300);

  const update = (changes: Record<string, string | null>) =>
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

  // biome-ignore lint/correctness/useExhaustiveDependencies: only when the debounced text changes
  useEffect(() => {
    if ((params.get("entityId") ?? "") !== entityId.trim())
      update({ entityId: entityId.trim() || null });
  }, [entityId]);

  const facets = useAuditFacets();
  const audit = useAudit({
    entityType: entityType ?? undefined,
    entityId: params.get("entityId") ?? undefined,
    actorId: actorId ?? undefined,
    from: from || undefined,
    to: to || undefined,
    page,
    pageSize: PAGE_SIZE,
  });

  const typeOptions = (facets.data?.entityTypes ?? []).map((type) => ({
    value: type,
    label: t(`entityTypes.${type}`, { defaultValue: type }),
  }));
  const actorOptions = (facets.data?.actors ?? []).map((actor) => ({
    value: actor.id,
    label: actor.name ? `${actor.name} (${actor.label})` : actor.label,
  }));
  const rangeInvalid = Boolean(from && to && from > to);
  const data = audit.data;
  const pages = data ? Math.max(1, Math.ceil(data.total / PAGE_SIZE)) : 1;
  const hasFilters = Boolean(entityType || actorId || from || to || params.get("entityId"));

  return (
    <Stack gap="lg">
      <Title order={1}>{t("title")}</Title>
      <Text>{t("intro")}</Text>

      <Group gap="sm" align="flex-end" role="search" aria-label={t("filters.label")}>
        <Select
          label={t("filters.entityType")}
          placeholder={t("filters.all")}
          data={typeOptions}
          value={entityType}
          onChange={(value) => update({ entityType: value })}
          clearable
          w={200}
        />
        <TextInput
          label={t("filters.entityId")}
          value={entityIdText}
          onChange={(event) => setEntityIdText(event.currentTarget.value)}
          w={200}
        />
        <Select
          label={t("filters.actor")}
          placeholder={t("filters.anyone")}
          data={actorOptions}
          value={actorId}
          onChange={(value) => update({ actorId: value })}
          searchable
          filter={greekOptionsFilter}
          clearable
          w={280}
        />
        <TextInput
          type="date"
          label={t("filters.from")}
          value={from}
          max={to || undefined}
          onChange={(event) => update({ from: event.currentTarget.value || null })}
          w={170}
        />
        <TextInput
          type="date"
          label={t("filters.to")}
          value={to}
          min={from || undefined}
          onChange={(event) => update({ to: event.currentTarget.value || null })}
          error={rangeInvalid ? t("filters.rangeInvalid") : undefined}
          w={170}
        />
        {hasFilters && (
          <Button
            variant="default"
            onClick={() => {
              setEntityIdText("");
              setParams(new URLSearchParams(), { replace: true });
            }}
          >
            {t("filters.clear")}
          </Button>
        )}
      </Group>

      {audit.isError && <ErrorState error={audit.error} onRetry={() => void audit.refetch()} />}
      {!data && audit.isPending && <Skeleton height={300} />}
      {data && (
        <>
          <Text size="sm" c="dimmed" aria-live="polite">
            {t("count", { count: data.total })}
          </Text>
          <Table.ScrollContainer minWidth={860}>
            <Table striped aria-label={t("title")} verticalSpacing="xs">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t("columns.at")}</Table.Th>
                  <Table.Th scope="col">{t("columns.actor")}</Table.Th>
                  <Table.Th scope="col">{t("columns.action")}</Table.Th>
                  <Table.Th scope="col">{t("columns.entity")}</Table.Th>
                  <Table.Th scope="col">{t("columns.summary")}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {data.items.length === 0 && (
                  <Table.Tr>
                    <Table.Td colSpan={5}>{t("empty")}</Table.Td>
                  </Table.Tr>
                )}
                {data.items.map((entry) => (
                  <Table.Tr key={entry.id}>
                    <Table.Td style={{ whiteSpace: "nowrap" }}>
                      <time dateTime={entry.at}>{formatInstant(entry.at, language)}</time>
                    </Table.Td>
                    <Table.Td>
                      {entry.actor.id === null ? (
                        t("system")
                      ) : (
                        <>
                          {entry.actor.name ?? entry.actor.label}
                          {entry.actor.name && (
                            <Text size="xs" c="dimmed">
                              {entry.actor.label}
                            </Text>
                          )}
                        </>
                      )}
                    </Table.Td>
                    <Table.Td>
                      {t(`actions.${entry.action.replaceAll(".", "_")}`, {
                        defaultValue: entry.action,
                      })}
                    </Table.Td>
                    <Table.Td>
                      {t(`entityTypes.${entry.entityType}`, { defaultValue: entry.entityType })}
                      <Text size="xs" c="dimmed" style={{ wordBreak: "break-all" }}>
                        {entry.entityId}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">{entry.summary}</Text>
                      <AuditChanges before={entry.before} after={entry.after} />
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
              getControlProps={(control) => ({ "aria-label": t(`pagination.${control}`) })}
              getItemProps={(value) => ({ "aria-label": t("pagination.page", { page: value }) })}
            />
          )}
        </>
      )}
    </Stack>
  );
}
