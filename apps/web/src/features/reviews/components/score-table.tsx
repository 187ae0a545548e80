import type { ReviewReport } from "@cni/contracts/reviews";
import { Table } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { TableScroll } from "@/components/table-scroll";

/** The score distribution as numbers: how many members gave each score, and the mean. */
export function ScoreTable({ scores }: { scores: ReviewReport["scores"] }) {
  const { t, i18n } = useTranslation("reviews");
  const number = new Intl.NumberFormat(i18n.language === "en" ? "en-GB" : "el-GR", {
    maximumFractionDigits: 2,
  });
  return (
    <TableScroll minWidth={520} label={t("report.scoreCaption")}>
      <Table withTableBorder withColumnBorders verticalSpacing={4} data-testid="score-table">
        <Table.Caption style={{ captionSide: "top", textAlign: "start" }}>
          {t("report.scoreCaption")}
        </Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t("report.pillar")}</Table.Th>
            {[1, 2, 3, 4, 5].map((s) => (
              <Table.Th key={s} scope="col" ta="end">
                {s}
              </Table.Th>
            ))}
            <Table.Th scope="col" ta="end">
              {t("report.count")}
            </Table.Th>
            <Table.Th scope="col" ta="end">
              {t("report.mean")}
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {scores.map((row) => (
            <Table.Tr key={row.pillar}>
              <Table.Th scope="row" fw={500}>
                {t(`pillar.${row.pillar}`)}
              </Table.Th>
              {row.distribution.map((n, i) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: the five scores are fixed
                <Table.Td key={i} ta="end">
                  {n}
                </Table.Td>
              ))}
              <Table.Td ta="end">{row.count}</Table.Td>
              <Table.Td ta="end" fw={700}>
                {row.mean === null ? "—" : number.format(row.mean)}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </TableScroll>
  );
}
