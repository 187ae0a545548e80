// `/admin/accessions`: the coordinators' review queue — submitted declarations first, with
// the decision's figures and the quorum check at a glance.
import type { AccessionStatus } from "@cni/domain/enums";
import { Anchor, Stack, Table, Text, Title, VisuallyHidden } from "@mantine/core";
import { useMediaQuery } from "@mantine/hooks";
import { useTranslation } from "react-i18next";
import { Link, useSearchParams } from "react-router";
import { ErrorState } from "@/components/error-state";
import { PageSkeleton } from "@/components/page-skeleton";
import { SegmentedChoice } from "@/components/segmented-choice";
import { TableScroll } from "@/components/table-scroll";
import { AccessionStatusBadge } from "@/entities/membership/status-badges";
import { municipalityName } from "@/entities/municipality/name";
import { RequireRole } from "@/entities/session/require-role";
import { formatDate } from "@/lib/format";
import { useDocumentTitle } from "@/lib/use-document-title";
import { useAccessions } from "../api/get-accessions";
import { QueueCards } from "../components/queue-cards";
import { QueueChecks } from "../components/queue-checks";

const FILTERS = ["submitted", "returned", "draft", "notified", "withdrawn", "all"] as const;
type Filter = (typeof FILTERS)[number];

function isFilter(value: string | null): value is Filter {
  return (FILTERS as readonly (string | null)[]).includes(value);
}

function Queue() {
  const { t, i18n } = useTranslation("accessions");
  const language = i18n.language;
  const [params, setParams] = useSearchParams();
  const raw = params.get("status");
  const filter: Filter = isFilter(raw) ? raw : "submitted";
  const status = filter === "all" ? undefined : (filter as AccessionStatus);
  const query = useAccessions({ status });
  const narrow = useMediaQuery("(max-width: 48em)") ?? false;

  return (
    <Stack gap="md">
      <SegmentedChoice
        // six filters do not fit a phone's width: stacked there, in a row from "sm" up
        orientation={narrow ? "vertical" : "horizontal"}
        fullWidth={narrow}
        aria-label={t("queue.filter")}
        value={filter}
        onChange={(value) => {
          const next = new URLSearchParams(params);
          next.set("status", value);
          setParams(next, { replace: true });
        }}
        data={FILTERS.map((value) => ({
          value,
          label: value === "all" ? t("queue.all") : t(`status.${value}`),
        }))}
      />
      {query.isError ? (
        <ErrorState error={query.error} onRetry={() => void query.refetch()} />
      ) : !query.data ? (
        <PageSkeleton />
      ) : query.data.items.length === 0 ? (
        <Text>{t("queue.empty")}</Text>
      ) : narrow ? (
        // a phone: cards, every check in view without sideways scrolling
        <QueueCards items={query.data.items} />
      ) : (
        <TableScroll minWidth={760} stickyFirstColumn label={t("queue.caption")}>
          {/* relative: its visually hidden labels must not escape the scroller at 360 px */}
          <Table verticalSpacing="sm" striped data-testid="accession-queue" pos="relative">
            <VisuallyHidden component="caption">{t("queue.caption")}</VisuallyHidden>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t("queue.municipality")}</Table.Th>
                <Table.Th scope="col">{t("queue.decision")}</Table.Th>
                <Table.Th scope="col">{t("queue.checks")}</Table.Th>
                <Table.Th scope="col">{t("queue.submittedOn")}</Table.Th>
                <Table.Th scope="col">{t("queue.documents")}</Table.Th>
                <Table.Th scope="col">{t("queue.status")}</Table.Th>
                <Table.Th scope="col">
                  <VisuallyHidden>{t("queue.open")}</VisuallyHidden>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {query.data.items.map((a) => {
                const name = municipalityName(a.municipality, language);
                const d = a.councilDecision;
                return (
                  <Table.Tr key={a.id} data-accession={a.municipalityId}>
                    <Table.Td>{name}</Table.Td>
                    <Table.Td>
                      {d.number}, <time dateTime={d.date}>{formatDate(d.date, language)}</time>
                    </Table.Td>
                    <Table.Td>
                      <QueueChecks accession={a} />
                    </Table.Td>
                    <Table.Td>
                      {a.submittedOn ? (
                        <time dateTime={a.submittedOn}>{formatDate(a.submittedOn, language)}</time>
                      ) : (
                        "—"
                      )}
                    </Table.Td>
                    <Table.Td>{a.documents.length}</Table.Td>
                    <Table.Td>
                      <AccessionStatusBadge status={a.status} />
                    </Table.Td>
                    <Table.Td>
                      <Anchor
                        component={Link}
                        to={`/admin/accessions/${encodeURIComponent(a.id)}`}
                        aria-label={t("queue.openFor", { name })}
                      >
                        {t("queue.open")}
                      </Anchor>
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </TableScroll>
      )}
    </Stack>
  );
}

function Page() {
  const { t } = useTranslation("accessions");
  useDocumentTitle(t("queue.title"));
  return (
    <Stack gap="lg" maw={1100}>
      <Title order={1}>{t("queue.title")}</Title>
      <Text>{t("queue.intro")}</Text>
      <Queue />
    </Stack>
  );
}

export function Component() {
  return <RequireRole roles={["coordinator"]}>{() => <Page />}</RequireRole>;
}
