import type { ReviewParticipant } from "@cni/contracts/reviews";
import { Badge, Table, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { TableScroll } from "@/components/table-scroll";
import { municipalityName } from "@/entities/municipality/name";
import { formatInstantDate } from "@/lib/format";

export function ParticipantsTable({ participants }: { participants: ReviewParticipant[] }) {
  const { t, i18n } = useTranslation("reviews");
  const language = i18n.language;
  return (
    <TableScroll minWidth={520} label={t("review.participants")}>
      <Table verticalSpacing="xs" striped data-testid="participants-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t("participants.municipality")}</Table.Th>
            <Table.Th scope="col">{t("participants.evaluation")}</Table.Th>
            <Table.Th scope="col">{t("participants.lastSaved")}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {participants.map((p) => (
            <Table.Tr key={p.municipalityId} data-municipality={p.municipalityId}>
              <Table.Th scope="row" fw={500}>
                {municipalityName(p, language)}
              </Table.Th>
              <Table.Td>
                <Badge
                  tt="none"
                  radius="sm"
                  styles={{
                    root: p.submitted
                      ? {
                          color: "#1d5e2c",
                          background: "var(--mantine-color-green-0)",
                        }
                      : {
                          color: "var(--mantine-color-gray-9)",
                          background: "var(--mantine-color-gray-1)",
                        },
                  }}
                  data-submitted={p.submitted}
                >
                  {p.submitted ? t("participants.submitted") : t("participants.notSubmitted")}
                </Badge>
              </Table.Td>
              <Table.Td>
                <Text size="sm">
                  {p.updatedAt ? formatInstantDate(p.updatedAt, language) : "—"}
                </Text>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </TableScroll>
  );
}
