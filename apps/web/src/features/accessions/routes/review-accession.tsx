// `/admin/accessions/:id`: one declaration for the coordinators — data, checks, documents,
// circulate to the parties / return for formal defects, and once notified which parties
// acknowledged the notices. The coordinators act as the network's secretariat.

import { Anchor, Group, Paper, SimpleGrid, Skeleton, Stack, Text, Title } from "@mantine/core";
import type { CSSProperties } from "react";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { BackLink } from "@/components/back-link";
import { ErrorState } from "@/components/error-state";
import { AccessionStatusBadge } from "@/entities/membership/status-badges";
import { municipalityName } from "@/entities/municipality/name";
import { RequireRole } from "@/entities/session/require-role";
import { isApiError } from "@/lib/api-client";
import { formatDate } from "@/lib/format";
import { useDocumentTitle } from "@/lib/use-document-title";
import { useAccession } from "../api/get-accession";
import { AccessionSummary } from "../components/accession-summary";
import { AcknowledgementsTable } from "../components/acknowledgements-table";
import { ChecksList } from "../components/checks-list";
import { NotifyForm } from "../components/notify-form";
import { ReturnForm } from "../components/return-form";
import { ReturnedNotice } from "../components/returned-notice";

// Mantine's default error red (red 6) is 3.3:1 on white; red 9 keeps WCAG AA contrast.
const AA_ERROR_COLOR = { "--mantine-color-error": "var(--mantine-color-red-9)" } as CSSProperties;

function Detail({ id }: { id: string }) {
  const { t, i18n } = useTranslation("accessions");
  const language = i18n.language;
  const query = useAccession(id);
  const a = query.data;
  const notFound = isApiError(query.error) && query.error.status === 404;
  const name = a ? municipalityName(a.municipality, language) : "";
  useDocumentTitle(a ? t("detail.title", { name }) : t("queue.title"));

  if (notFound || (query.isError && !a)) {
    return (
      <Stack gap="md">
        <BackLink to="/admin/accessions" label={t("detail.back")} />
        <Title order={1}>{t("queue.title")}</Title>
        {notFound ? (
          <Text>{t("detail.notFound")}</Text>
        ) : (
          <ErrorState error={query.error} onRetry={() => void query.refetch()} />
        )}
      </Stack>
    );
  }
  if (!a) {
    return (
      <Stack gap="md" aria-busy="true">
        <BackLink to="/admin/accessions" label={t("detail.back")} />
        <Skeleton height={36} width="50%" />
        <Skeleton height={200} />
      </Stack>
    );
  }

  return (
    <Stack gap="lg" maw={1100} style={AA_ERROR_COLOR}>
      <Stack gap="xs">
        <BackLink to="/admin/accessions" label={t("detail.back")} />
        <Group gap="sm" align="center">
          <Title order={1}>{t("detail.title", { name })}</Title>
          <AccessionStatusBadge status={a.status} />
        </Group>
        <Text size="sm">
          <Anchor component={Link} to={`/municipalities/${encodeURIComponent(a.municipalityId)}`}>
            {name}
          </Anchor>
          {a.submittedOn && (
            <>
              {" · "}
              {t("summary.submittedOn")}: {formatDate(a.submittedOn, language)}
            </>
          )}
          {a.notifiedOn && (
            <>
              {" · "}
              {t("summary.notifiedOn")}: {formatDate(a.notifiedOn, language)}
            </>
          )}
        </Text>
      </Stack>
      {a.status === "returned" && <ReturnedNotice accession={a} />}
      <AccessionSummary accession={a} />
      <Paper withBorder p="md">
        <ChecksList accession={a} />
      </Paper>
      {a.status === "submitted" && (
        <Paper withBorder p="md" component="section" aria-labelledby="actions-title">
          <Title order={2} size="h3" id="actions-title" mb="md">
            {t("detail.actions")}
          </Title>
          <SimpleGrid cols={{ base: 1, md: 2 }} spacing="xl">
            <NotifyForm accession={a} />
            <ReturnForm accession={a} />
          </SimpleGrid>
        </Paper>
      )}
      {a.status === "notified" && a.notices && <AcknowledgementsTable notices={a.notices} />}
    </Stack>
  );
}

export function Component() {
  const { id = "" } = useParams();
  return <RequireRole roles={["coordinator"]}>{() => <Detail id={id} />}</RequireRole>;
}
