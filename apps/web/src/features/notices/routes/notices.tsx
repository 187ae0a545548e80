import {
  Alert,
  Anchor,
  Group,
  Pagination,
  Stack,
  Table,
  Text,
  Title,
  VisuallyHidden,
} from "@mantine/core";
import { useMediaQuery } from "@mantine/hooks";
import { type ReactNode, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { ErrorState } from "@/components/error-state";
import { PageSkeleton } from "@/components/page-skeleton";
import { SegmentedChoice } from "@/components/segmented-choice";
import { TableScroll } from "@/components/table-scroll";
import { useSession } from "@/entities/session/get-session";
import { formatDateTime } from "@/lib/format";
import { signInPath } from "@/lib/safe-redirect";
import { useDocumentTitle } from "@/lib/use-document-title";
import { useNotices } from "../api/get-notices";
import { NoticeBody } from "../components/notice-body";
import { NoticeCards } from "../components/notice-cards";
import { NoticeStatus, recipientName, subjectName } from "../components/notice-status";

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
  // on a phone, one card per notice: nothing to scroll sideways (issue 15)
  const narrow = useMediaQuery("(max-width: 48em)") ?? false;
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
        <SegmentedChoice
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
      ) : narrow ? (
        <NoticeCards
          items={items}
          canAcknowledge={canAcknowledge}
          showRecipient={showRecipient}
          testId={addressedTo ? "coordinator-notices" : "notices"}
        />
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
                      <Table.Td>{recipientName(n, language, t("coordinators.recipient"))}</Table.Td>
                    )}
                    <Table.Td>
                      <NoticeStatus notice={n} subject={subject} canAcknowledge={canAcknowledge} />
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
