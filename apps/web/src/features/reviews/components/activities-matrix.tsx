import type { ReviewReport } from "@cni/contracts/reviews";
import { PILLARS } from "@cni/domain/enums";
import { Table } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { TableScroll } from "@/components/table-scroll";

/** Activities in the period: one row per activity type, one column per pillar. */
export function ActivitiesMatrix({ activities }: { activities: ReviewReport["activities"] }) {
  const { t } = useTranslation("reviews");
  return (
    <TableScroll minWidth={560} label={t("report.activitiesCaption", { count: activities.total })}>
      <Table withTableBorder withColumnBorders verticalSpacing={4} data-testid="activities-matrix">
        <Table.Caption style={{ captionSide: "top", textAlign: "start" }}>
          {t("report.activitiesCaption", { count: activities.total })}
        </Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t("report.activityType")}</Table.Th>
            {PILLARS.map((p) => (
              <Table.Th key={p} scope="col" ta="end">
                {t(`pillar.${p}`)}
              </Table.Th>
            ))}
            <Table.Th scope="col" ta="end">
              {t("report.total")}
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {activities.byType.map((row) => (
            <Table.Tr key={row.type} data-activity-type={row.type}>
              <Table.Th scope="row" fw={500}>
                {t(`activityType.${row.type}`)}
              </Table.Th>
              {PILLARS.map((p) => (
                <Table.Td key={p} ta="end">
                  {row.pillars[p]}
                </Table.Td>
              ))}
              <Table.Td ta="end" fw={700}>
                {row.total}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
        <Table.Tfoot>
          <Table.Tr>
            <Table.Th scope="row">{t("report.total")}</Table.Th>
            {PILLARS.map((p) => (
              <Table.Td key={p} ta="end" fw={700}>
                {activities.byPillar[p]}
              </Table.Td>
            ))}
            <Table.Td ta="end" fw={700}>
              {activities.total}
            </Table.Td>
          </Table.Tr>
        </Table.Tfoot>
      </Table>
    </TableScroll>
  );
}
