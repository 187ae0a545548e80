// A thematic pillar: /pillars/:pillar — its description, its activities by type and the
// municipalities that host or take part in them.
import { ACTIVITY_TYPES, isOneOf, PILLARS, type Pillar } from "@cni/domain/enums";
import { Anchor, Group, Paper, Skeleton, Stack, Table, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { BackLink } from "@/components/back-link";
import { ErrorState } from "@/components/error-state";
import { TableScroll } from "@/components/table-scroll";
import { municipalityName } from "@/entities/municipality/name";
import { collator } from "@/lib/text";
import { useDocumentTitle } from "@/lib/use-document-title";
import { useActivities } from "../api/get-activities";
import { usePillar } from "../api/get-pillar";
import { ActivityCard } from "../components/activity-card";
import { FeedLinks } from "../components/feed-links";
import { listHref } from "../utils/filters";

const RECENT = 100;
const PER_TYPE = 5;

function PillarPage({ pillar }: { pillar: Pillar }) {
  const { t, i18n } = useTranslation("activities");
  const language = i18n.language;
  const query = usePillar(pillar);
  const recent = useActivities({ pillar: [pillar], pageSize: RECENT, sort: "-startsOn" });
  const name = t(`pillars.${pillar}`);
  useDocumentTitle(name);
  const data = query.data;

  return (
    <Stack gap="xl" maw={1040}>
      <Stack gap="xs">
        <BackLink to="/activities" label={t("detail.back")} />
        <Text size="sm" c="dimmed">
          {t("pillarPage.kicker")}
        </Text>
        <Title order={1}>{name}</Title>
        {data ? (
          <Text maw={760} size="lg">
            {language === "en" ? data.descriptionEn : data.descriptionEl}
          </Text>
        ) : (
          <Text maw={760} size="lg">
            {t(`pillarDescriptions.${pillar}`)}
          </Text>
        )}
        <Group gap="lg">
          <Text fw={700} role="status" data-testid="pillar-total">
            {data ? t("list.summary", { count: data.total }) : ""}
          </Text>
          <Anchor component={Link} to={listHref({ pillar: [pillar] })}>
            {t("pillarPage.allInList")}
          </Anchor>
        </Group>
        <FeedLinks filters={{ pillar: [pillar] }} />
      </Stack>

      {query.isError && !data && (
        <ErrorState error={query.error} onRetry={() => void query.refetch()} />
      )}

      <Stack gap="sm" component="section" aria-labelledby="pillar-by-type">
        <Title order={2} size="h3" id="pillar-by-type">
          {t("pillarPage.byType")}
        </Title>
        {!data ? (
          <Skeleton height={200} aria-hidden="true" />
        ) : (
          <TableScroll minWidth={360} label={t("pillarPage.byType")}>
            <Table withTableBorder striped maw={640}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t("matrix.type")}</Table.Th>
                  <Table.Th scope="col" ta="right">
                    {t("pillarPage.count")}
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {data.byType.map(({ type, count }) => (
                  <Table.Tr key={type} data-type={type}>
                    <Table.Th scope="row" fw={400}>
                      {t(`types.${type}`)}
                    </Table.Th>
                    <Table.Td ta="right">
                      <Anchor
                        component={Link}
                        to={listHref({ pillar: [pillar], type: [type] })}
                        aria-label={t("matrix.cellLabel", {
                          count,
                          type: t(`types.${type}`),
                          pillar: name,
                        })}
                      >
                        {count}
                      </Anchor>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </TableScroll>
        )}

        {recent.isError && !recent.data ? (
          <ErrorState error={recent.error} onRetry={() => void recent.refetch()} />
        ) : (
          ACTIVITY_TYPES.map((type) => {
            const items = (recent.data?.items ?? []).filter((a) => a.type === type);
            if (items.length === 0) return null;
            const count = data?.byType.find((b) => b.type === type)?.count ?? items.length;
            return (
              <Stack key={type} gap="xs" data-testid={`pillar-type-${type}`}>
                <Group justify="space-between" align="baseline">
                  <Title order={3} size="h4">
                    {t(`types.${type}`)}
                  </Title>
                  {count > PER_TYPE && (
                    <Anchor
                      component={Link}
                      to={listHref({ pillar: [pillar], type: [type] })}
                      size="sm"
                    >
                      {t("pillarPage.allOfType", { count })}
                    </Anchor>
                  )}
                </Group>
                {items.slice(0, PER_TYPE).map((activity) => (
                  <ActivityCard key={activity.id} activity={activity} headingOrder={4} />
                ))}
              </Stack>
            );
          })
        )}
      </Stack>

      <Stack gap="sm" component="section" aria-labelledby="pillar-municipalities">
        <Title order={2} size="h3" id="pillar-municipalities">
          {t("pillarPage.municipalities")}
        </Title>
        {!data ? (
          <Skeleton height={120} aria-hidden="true" />
        ) : data.municipalities.length === 0 ? (
          <Paper withBorder p="lg">
            <Text>{t("pillarPage.noMunicipalities")}</Text>
          </Paper>
        ) : (
          <TableScroll minWidth={420} label={t("pillarPage.municipalities")}>
            <Table withTableBorder striped maw={720} data-testid="pillar-municipalities">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t("pillarPage.municipality")}</Table.Th>
                  <Table.Th scope="col" ta="right">
                    {t("pillarPage.hosted")}
                  </Table.Th>
                  <Table.Th scope="col" ta="right">
                    {t("pillarPage.joined")}
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {[...data.municipalities]
                  .sort((a, b) =>
                    collator(language).compare(
                      municipalityName(a, language),
                      municipalityName(b, language),
                    ),
                  )
                  .map((m) => (
                    <Table.Tr key={m.id} data-municipality={m.id}>
                      <Table.Th scope="row" fw={400}>
                        <Anchor component={Link} to={`/municipalities/${m.id}`}>
                          {municipalityName(m, language)}
                        </Anchor>
                      </Table.Th>
                      <Table.Td ta="right">{m.hosted}</Table.Td>
                      <Table.Td ta="right">{m.joined}</Table.Td>
                    </Table.Tr>
                  ))}
              </Table.Tbody>
            </Table>
          </TableScroll>
        )}
      </Stack>
    </Stack>
  );
}

export function Component() {
  const { pillar } = useParams();
  const { t } = useTranslation("activities");
  if (!isOneOf(PILLARS, pillar)) {
    return (
      <Stack gap="md" maw={720}>
        <BackLink to="/activities" label={t("detail.back")} />
        <Title order={1}>{t("pillarPage.notFound")}</Title>
        <Text>{t("pillarPage.notFoundText")}</Text>
      </Stack>
    );
  }
  return <PillarPage pillar={pillar} />;
}
