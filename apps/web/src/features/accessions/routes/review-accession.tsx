// `/admin/accessions/:id`: one declaration for the coordinators — data, checks, documents,
// accept / return, and after acceptance who acknowledged the notices.

import {
  Alert,
  Anchor,
  Group,
  Paper,
  SimpleGrid,
  Skeleton,
  Stack,
  Text,
  Title,
} from "@mantine/core";
import { IconArrowLeft } from "@tabler/icons-react";
import type { CSSProperties } from "react";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { ErrorState } from "@/components/error-state";
import { useDocumentTitle } from "@/hooks/use-document-title";
import { isApiError } from "@/lib/api-client";
import { formatDate } from "@/lib/format";
import { municipalityFullName } from "@/lib/municipality-name";
import { useAccession } from "../api/get-accession";
import { AcceptForm } from "../components/accept-form";
import { AccessionStatusBadge } from "../components/accession-status-badge";
import { AccessionSummary } from "../components/accession-summary";
import { AcknowledgementsTable } from "../components/acknowledgements-table";
import { ChecksList } from "../components/checks-list";
import { ReturnForm } from "../components/return-form";
import { RoleGate } from "../components/role-gate";

// Mantine's default error red (red 6) is 3.3:1 on white; red 9 keeps WCAG AA contrast.
const AA_ERROR_COLOR = { "--mantine-color-error": "var(--mantine-color-red-9)" } as CSSProperties;

function BackLink() {
  const { t } = useTranslation("accessions");
  return (
    <Anchor component={Link} to="/admin/accessions" size="sm">
      <Group gap={4} component="span">
        <IconArrowLeft size={16} aria-hidden="true" />
        {t("detail.back")}
      </Group>
    </Anchor>
  );
}

function Detail({ id }: { id: string }) {
  const { t, i18n } = useTranslation("accessions");
  const language = i18n.language;
  const query = useAccession(id);
  const a = query.data;
  const notFound = isApiError(query.error) && query.error.status === 404;
  const name = a ? municipalityFullName(a.municipality, language) : "";
  useDocumentTitle(a ? t("detail.title", { name }) : t("queue.title"));

  if (notFound || (query.isError && !a)) {
    return (
      <Stack gap="md">
        <BackLink />
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
        <BackLink />
        <Skeleton height={36} width="50%" />
        <Skeleton height={200} />
      </Stack>
    );
  }

  return (
    <Stack gap="lg" maw={1100} style={AA_ERROR_COLOR}>
      <Stack gap="xs">
        <BackLink />
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
      {a.returnNote && a.status === "returned" && (
        <Alert
          color="red"
          variant="light"
          styles={{ title: { color: "var(--mantine-color-red-9)" } }}
          title={t("detail.returnNote")}
        >
          {a.returnNote}
        </Alert>
      )}
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
            <AcceptForm accession={a} />
            <ReturnForm accession={a} />
          </SimpleGrid>
        </Paper>
      )}
      {a.status === "accepted" && a.notices && <AcknowledgementsTable notices={a.notices} />}
    </Stack>
  );
}

export function Component() {
  const { id = "" } = useParams();
  return <RoleGate roles={["coordinator"]}>{() => <Detail id={id} />}</RoleGate>;
}
