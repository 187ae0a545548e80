// /amendments: the register of amendment proposals with their status history.
import { Anchor, Button, Group, Skeleton, Stack, Table, Text, Title } from "@mantine/core";
import { IconPlus } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { ErrorState } from "@/components/error-state";
import { SignInPrompt } from "@/components/sign-in-prompt";
import { TableScroll } from "@/components/table-scroll";
import { useSession } from "@/entities/session/get-session";
import { formatInstantDate } from "@/lib/format";
import { useDocumentTitle } from "@/lib/use-document-title";
import { useAmendments } from "../api/get-amendments";
import { useClauses } from "../api/get-clauses";
import { AmendmentStatusBadge } from "../components/amendment-status-badge";
import { StatusHistory } from "../components/status-history";
import { clauseLabel } from "../utils";

export function Component() {
  const { t, i18n } = useTranslation("amendments");
  const language = i18n.language;
  useDocumentTitle(t("list.title"));
  const session = useSession();
  const user = session.data?.user ?? null;
  const query = useAmendments({ enabled: user !== null });
  const clauses = useClauses();
  const label = (id: string) =>
    id === "new" ? t("clause.new") : clauseLabel(clauses.data, id, language);

  return (
    <Stack gap="lg" maw={1100}>
      <Group justify="space-between" align="center">
        <Title order={1}>{t("list.title")}</Title>
        {user?.role === "representative" && (
          <Button
            component={Link}
            to="/amendments/new"
            leftSection={<IconPlus size={18} aria-hidden="true" />}
          >
            {t("list.propose")}
          </Button>
        )}
      </Group>
      <Text>{t("list.intro")}</Text>
      <Anchor component={Link} to="/mou" size="sm">
        {t("list.readMou")}
      </Anchor>

      {session.isPending ? (
        <Skeleton height={120} />
      ) : !user ? (
        <SignInPrompt title={t("signIn.title")} text={t("list.signIn")} />
      ) : query.isError && !query.data ? (
        <ErrorState error={query.error} onRetry={() => void query.refetch()} />
      ) : !query.data ? (
        <Skeleton height={160} aria-busy="true" />
      ) : query.data.items.length === 0 ? (
        <Text>{t("list.empty")}</Text>
      ) : (
        <TableScroll minWidth={800} stickyFirstColumn label={t("title")}>
          <Table verticalSpacing="sm" striped data-testid="amendments-table">
            <Table.Caption style={{ captionSide: "top", textAlign: "start" }}>
              <Text component="span" size="sm" c="dimmed">
                {t("list.caption", { count: query.data.total })}
              </Text>
            </Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t("list.proposal")}</Table.Th>
                <Table.Th scope="col">{t("list.clause")}</Table.Th>
                <Table.Th scope="col">{t("list.proposedBy")}</Table.Th>
                <Table.Th scope="col">{t("list.status")}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {query.data.items.map((a) => (
                <Table.Tr key={a.id} data-amendment={a.id}>
                  <Table.Th scope="row" fw={400}>
                    <Anchor component={Link} to={`/amendments/${a.id}`} fw={700}>
                      {a.title}
                    </Anchor>
                    <Text size="xs" c="dimmed">
                      {t("list.comments", { count: a.commentCount })}
                    </Text>
                  </Table.Th>
                  <Table.Td>
                    <Text size="sm">{label(a.clause)}</Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">
                      {language === "en" ? a.municipalityNameEn : a.municipalityNameEl}
                    </Text>
                    <Text size="xs" c="dimmed">
                      <time dateTime={a.createdAt}>{formatInstantDate(a.createdAt, language)}</time>
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Stack gap={4} align="flex-start">
                      <AmendmentStatusBadge status={a.status} />
                      {a.answers.parties > 0 && (
                        <Text size="xs" data-testid="answers-count">
                          {t("list.answers", a.answers)}
                        </Text>
                      )}
                      <StatusHistory history={a.history} compact />
                    </Stack>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </TableScroll>
      )}
    </Stack>
  );
}
