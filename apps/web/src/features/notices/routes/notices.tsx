// `/notices`: the notices addressed to the user's municipality (accession now; withdrawals,
// amendments and reviews use the same mechanism), each acknowledged by the municipality's
// officer or representative. Coordinators see first the notices addressed to them
// (registrations to verify), which any of them acknowledges, then every party's (read-only).

import type { Notice } from "@cni/contracts/notices";
import {
  Alert,
  Anchor,
  Badge,
  Button,
  Group,
  Pagination,
  SegmentedControl,
  Stack,
  Table,
  Text,
  Title,
  VisuallyHidden,
} from "@mantine/core";
import { IconCheck } from "@tabler/icons-react";
import { type ReactNode, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { ErrorState } from "@/components/error-state";
import { PageSkeleton } from "@/components/page-skeleton";
import { TableScroll } from "@/components/table-scroll";
import { municipalityName } from "@/entities/municipality/name";
import { useSession } from "@/entities/session/get-session";
import { errorMessage } from "@/lib/errors";
import { formatDateTime } from "@/lib/format";
import { notify } from "@/lib/notify";
import { signInPath } from "@/lib/safe-redirect";
import { useDocumentTitle } from "@/lib/use-document-title";
import { useAcknowledgeNotice } from "../api/acknowledge-notice";
import { useNotices } from "../api/get-notices";
import { NoticeBody } from "../components/notice-body";

/** Whom the notice is about: the subject municipality or, for a notice about the
 * recipient's own affairs (its declaration returned…), the recipient itself. */
function subjectName(n: Notice, language: string): string {
  if (n.subjectNameEl && n.subjectNameEn) {
    return municipalityName({ nameEl: n.subjectNameEl, nameEn: n.subjectNameEn }, language);
  }
  if (n.recipientNameEl && n.recipientNameEn) {
    return municipalityName({ nameEl: n.recipientNameEl, nameEn: n.recipientNameEn }, language);
  }
  return "";
}

function AcknowledgeButton({ notice, subject }: { notice: Notice; subject: string }) {
  const { t } = useTranslation("notices");
  const acknowledge = useAcknowledgeNotice();
  return (
    <Stack gap={4}>
      <Button
        size="xs"
        leftSection={<IconCheck size={14} aria-hidden="true" />}
        loading={acknowledge.isPending}
        aria-label={t("acknowledgeAbout", { subject })}
        onClick={async () => {
          try {
            await acknowledge.mutateAsync(notice.id);
            notify.success(t("acknowledged"));
          } catch {
            // shown below
          }
        }}
      >
        {t("acknowledge")}
      </Button>
      {acknowledge.isError && (
        <Text size="xs" c="red.9" role="alert">
          {errorMessage(t, acknowledge.error, "notices")}
        </Text>
      )}
    </Stack>
  );
}

function Inbox({
  canAcknowledge,
  showRecipient,
  addressedTo,
}: {
  canAcknowledge: boolean;
  showRecipient: boolean;
  addressedTo?: "coordinators";
}) {
  const { t, i18n } = useTranslation("notices");
  const language = i18n.language;
  const [filter, setFilter] = useState<"all" | "false">("all");
  const [page, setPage] = useState(1);
  const query = useNotices(
    filter === "false" ? { addressedTo, acknowledged: "false", page } : { addressedTo, page },
  );

  if (query.isError) return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  if (!query.data) return <PageSkeleton />;
  const { items, total, unacknowledged, pageSize } = query.data;
  const pages = Math.ceil(total / pageSize);

  return (
    <Stack gap="md">
      <Group justify="space-between" wrap="wrap">
        <Text data-testid={addressedTo ? "coordinator-notices-summary" : "notices-summary"}>
          {t("summary", { count: total, unacknowledged })}
        </Text>
        <SegmentedControl
          aria-label={t("filter")}
          value={filter}
          onChange={(value) => {
            setFilter(value === "false" ? "false" : "all");
            setPage(1);
          }}
          data={[
            { value: "all", label: t("filterAll") },
            { value: "false", label: t("filterPending") },
          ]}
        />
      </Group>
      {items.length === 0 ? (
        <Text>{t("empty")}</Text>
      ) : (
        <TableScroll minWidth={640} label={t("caption")}>
          <Table
            verticalSpacing="sm"
            striped
            data-testid={addressedTo ? "coordinator-notices" : "notices"}
          >
            <VisuallyHidden component="caption">{t("caption")}</VisuallyHidden>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t("sentAt")}</Table.Th>
                <Table.Th scope="col">{t("notice")}</Table.Th>
                {showRecipient && <Table.Th scope="col">{t("recipient")}</Table.Th>}
                <Table.Th scope="col">{t("status")}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((n) => {
                const subject = subjectName(n, language);
                return (
                  <Table.Tr
                    key={n.id}
                    data-notice={n.id}
                    data-subject={n.subjectMunicipalityId ?? ""}
                  >
                    <Table.Td>
                      <time dateTime={n.sentAt}>{formatDateTime(n.sentAt, language)}</time>
                    </Table.Td>
                    <Table.Td>
                      <NoticeBody notice={n} subject={subject} />
                    </Table.Td>
                    {showRecipient && (
                      <Table.Td>
                        {n.recipientNameEl && n.recipientNameEn
                          ? municipalityName(
                              { nameEl: n.recipientNameEl, nameEn: n.recipientNameEn },
                              language,
                            )
                          : t("coordinators.recipient")}
                      </Table.Td>
                    )}
                    <Table.Td>
                      {n.acknowledgedAt ? (
                        <Stack gap={2}>
                          <Badge variant="outline" color="teal.9">
                            {t("acknowledgedBadge")}
                          </Badge>
                          <Text size="xs">
                            {formatDateTime(n.acknowledgedAt, language)}
                            {n.acknowledgedBy ? ` · ${n.acknowledgedBy}` : ""}
                          </Text>
                        </Stack>
                      ) : canAcknowledge ? (
                        <AcknowledgeButton notice={n} subject={subject} />
                      ) : (
                        <Badge variant="outline" color="gray.8">
                          {t("pending")}
                        </Badge>
                      )}
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </TableScroll>
      )}
      {pages > 1 && (
        <Pagination
          total={pages}
          value={page}
          onChange={setPage}
          getControlProps={(control) => ({ "aria-label": t(`pagination.${control}`) })}
          getItemProps={(value) => ({ "aria-label": t("pagination.page", { page: value }) })}
        />
      )}
    </Stack>
  );
}

export function Component() {
  const { t } = useTranslation("notices");
  useDocumentTitle(t("title"));
  const session = useSession();
  const user = session.data?.user ?? null;

  let body: ReactNode;
  if (session.isPending) body = <PageSkeleton />;
  else if (!user) {
    body = (
      <Alert color="blue" variant="light">
        <Anchor component={Link} to={signInPath("/notices")}>
          {t("signIn")}
        </Anchor>
      </Alert>
    );
  } else if (user.role === "coordinator") {
    body = (
      <Stack gap="xl">
        <Stack gap="sm" component="section" aria-labelledby="notices-coordinators">
          <Title order={2} size="h3" id="notices-coordinators">
            {t("coordinators.title")}
          </Title>
          <Text>{t("coordinators.intro")}</Text>
          <Inbox addressedTo="coordinators" canAcknowledge showRecipient={false} />
        </Stack>
        <Stack gap="sm" component="section" aria-labelledby="notices-parties">
          <Title order={2} size="h3" id="notices-parties">
            {t("parties.title")}
          </Title>
          <Text>{t("introCoordinator")}</Text>
          <Inbox canAcknowledge={false} showRecipient />
        </Stack>
      </Stack>
    );
  } else if (!user.municipalityId) {
    body = <Text>{t("noMunicipality")}</Text>;
  } else {
    body = <Inbox canAcknowledge showRecipient={false} />;
  }

  return (
    <Stack gap="lg" maw={1000}>
      <Title order={1}>{t("title")}</Title>
      {user?.role !== "coordinator" && <Text>{t("intro")}</Text>}
      {body}
    </Stack>
  );
}
