// /admin/audit — the audit log (coordinators): who changed what, when, with before/after.
import { auditQuery } from "@cni/contracts/audit";
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
import { useDebouncedValue, useMediaQuery } from "@mantine/hooks";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { DateField } from "@/components/date-field";
import { ErrorState } from "@/components/error-state";
import { TableScroll } from "@/components/table-scroll";
import { formatDateTime } from "@/lib/format";
import { useSearchState } from "@/lib/search-state";
import { greekOptionsFilter } from "@/lib/select-filter";
import { useDocumentTitle } from "@/lib/use-document-title";
import { useAudit } from "../api/get-audit";
import { useAuditFacets } from "../api/get-audit-facets";
import { AuditChanges } from "../components/audit-changes";
import { AuditEntryCards } from "../components/audit-entry-cards";
import { auditActionLabel, auditSubject, auditSummary } from "../utils/audit-summary";

const PAGE_SIZE = 50;

export function Component() {
  const { t, i18n } = useTranslation("audit");
  const language = i18n.language;
  const template = (key: string): string | undefined =>
    i18n.getResource(i18n.resolvedLanguage ?? language, "audit", key);
  const [query, setQuery] = useSearchState(auditQuery);
  // a phone reads the log as cards: the table's five columns do not fit 360 px
  const narrow = useMediaQuery("(max-width: 48em)") ?? false;
  useDocumentTitle(t("title"));

  const { entityType = null, actorId = null, from = "", to = "", page } = query;
  const [entityIdText, setEntityIdText] = useState(query.entityId ?? "");
  const [entityId] = useDebouncedValue(entityIdText, 300);

  /** A new filter starts again from the first page. */
  const update = (changes: Partial<Record<keyof typeof query, string | number | null>>) =>
    setQuery({ page: 1, ...changes });

  // biome-ignore lint/correctness/useExhaustiveDependencies: only when the debounced text changes
  useEffect(() => {
    if ((query.entityId ?? "") !== entityId.trim()) update({ entityId: entityId.trim() || null });
  }, [entityId]);

  const facets = useAuditFacets();
  const audit = useAudit({
    entityType: entityType ?? undefined,
    entityId: query.entityId,
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
  const hasFilters = Boolean(entityType || actorId || from || to || query.entityId);

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
        <DateField
          spellOut={false}
          label={t("filters.from")}
          value={from}
          max={to || undefined}
          onChange={(next, typed) => {
            if (next || typed.trim() === "") update({ from: next });
          }}
          w={190}
        />
        <DateField
          spellOut={false}
          label={t("filters.to")}
          value={to}
          min={from || undefined}
          onChange={(next, typed) => {
            if (next || typed.trim() === "") update({ to: next });
          }}
          error={rangeInvalid ? t("filters.rangeInvalid") : undefined}
          w={190}
        />
        {hasFilters && (
          <Button
            variant="default"
            onClick={() => {
              setEntityIdText("");
              update({ entityType: null, entityId: null, actorId: null, from: null, to: null });
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
          {narrow ? (
            <AuditEntryCards items={data.items} />
          ) : (
            <TableScroll minWidth={860} stickyFirstColumn label={t("title")}>
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
                      <Table.Td style={{ whiteSpace: "nowrap" }} data-testid="audit-at">
                        <time dateTime={entry.at}>{formatDateTime(entry.at, language)}</time>
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
                      <Table.Td data-testid="audit-action">
                        {auditActionLabel(entry.action, t)}
                      </Table.Td>
                      <Table.Td>
                        {auditSubject(entry, t, language)}
                        <Text size="xs" c="dimmed" style={{ wordBreak: "break-all" }}>
                          {entry.entityId}
                        </Text>
                      </Table.Td>
                      <Table.Td>
                        <Text size="sm" data-testid="audit-summary">
                          {auditSummary(entry, t, language, template)}
                        </Text>
                        <AuditChanges before={entry.before} after={entry.after} />
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </TableScroll>
          )}
          {pages > 1 && (
            <Pagination
              total={pages}
              value={page}
              onChange={(value) => update({ page: value })}
              getControlProps={(control) => ({ "aria-label": t(`pagination.${control}`) })}
              getItemProps={(value) => ({ "aria-label": t("pagination.page", { page: value }) })}
            />
          )}
        </>
      )}
    </Stack>
  );
}
