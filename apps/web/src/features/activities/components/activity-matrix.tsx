import type { ActivityMatrix as Matrix } from "@cni/contracts/activities";
import { ACTIVITY_TYPES, type ActivityType, PILLARS, type Pillar } from "@cni/domain/enums";
import { Anchor, Skeleton, Table, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { TableScroll } from "@/components/table-scroll";
import type { ActivityFilters } from "../api/get-activities";
import { listHref } from "../utils/filters";

type Props = {
  matrix: Matrix | undefined;
  /** The filters the counts were made with: a count links to them plus its type and pillar. */
  filters: ActivityFilters;
  stale?: boolean;
};

/** The 8 types × 3 pillars; every count links to the list filtered to it. */
export function ActivityMatrixTable({ matrix, filters, stale = false }: Props) {
  const { t } = useTranslation("activities");
  if (!matrix) return <Skeleton height={320} aria-hidden="true" />;
  const cell = (type: ActivityType, pillar: Pillar) =>
    matrix.cells.find((c) => c.type === type && c.pillar === pillar)?.count ?? 0;
  const countLink = (count: number, label: string, href: string) => (
    <Anchor component={Link} to={href} aria-label={label} fw={count ? 700 : 400}>
      {count}
    </Anchor>
  );
  return (
    <TableScroll minWidth={640} label={t("matrix.caption")}>
      <Table
        withTableBorder
        withColumnBorders
        striped
        verticalSpacing="xs"
        aria-busy={stale || undefined}
        style={{ opacity: stale ? 0.6 : 1 }}
        data-testid="activity-matrix"
      >
        <Table.Caption style={{ captionSide: "top", textAlign: "start" }}>
          <Text component="span" size="sm" c="dimmed">
            {t("matrix.caption")}
          </Text>
        </Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t("matrix.type")}</Table.Th>
            {PILLARS.map((pillar) => (
              <Table.Th key={pillar} scope="col" ta="center">
                <Anchor component={Link} to={`/pillars/${pillar}`}>
                  {t(`pillars.${pillar}`)}
                </Anchor>
              </Table.Th>
            ))}
            <Table.Th scope="col" ta="center">
              {t("matrix.total")}
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {ACTIVITY_TYPES.map((type) => {
            const typeLabel = t(`types.${type}`);
            const rowTotal = matrix.byType.find((r) => r.type === type)?.count ?? 0;
            return (
              <Table.Tr key={type} data-type={type}>
                <Table.Th scope="row" fw={500}>
                  {typeLabel}
                </Table.Th>
                {PILLARS.map((pillar) => {
                  const count = cell(type, pillar);
                  return (
                    <Table.Td key={pillar} ta="center" data-pillar={pillar}>
                      {countLink(
                        count,
                        t("matrix.cellLabel", {
                          count,
                          type: typeLabel,
                          pillar: t(`pillars.${pillar}`),
                        }),
                        listHref({ ...filters, type: [type], pillar: [pillar] }),
                      )}
                    </Table.Td>
                  );
                })}
                <Table.Td ta="center">
                  {countLink(
                    rowTotal,
                    t("matrix.typeTotalLabel", { count: rowTotal, type: typeLabel }),
                    listHref({ ...filters, type: [type] }),
                  )}
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
        <Table.Tfoot>
          <Table.Tr>
            <Table.Th scope="row">{t("matrix.total")}</Table.Th>
            {PILLARS.map((pillar) => {
              const count = matrix.byPillar.find((p) => p.pillar === pillar)?.count ?? 0;
              return (
                <Table.Td key={pillar} ta="center">
                  {countLink(
                    count,
                    t("matrix.pillarTotalLabel", { count, pillar: t(`pillars.${pillar}`) }),
                    listHref({ ...filters, pillar: [pillar] }),
                  )}
                </Table.Td>
              );
            })}
            <Table.Td ta="center">
              {countLink(
                matrix.total,
                t("matrix.allLabel", { count: matrix.total }),
                listHref(filters),
              )}
            </Table.Td>
          </Table.Tr>
        </Table.Tfoot>
      </Table>
    </TableScroll>
  );
}
