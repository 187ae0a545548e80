import type { Municipality } from "@cni/contracts/municipalities";
import { Anchor, Badge, Group, Skeleton, Stack, Table, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { TableScroll } from "@/components/table-scroll";
import { municipalityName } from "@/entities/municipality/name";
import type { SortKey } from "../utils/municipality";
import { regionalUnitLabel, regionLabel } from "../utils/municipality";
import { MemberSinceText } from "./member-since-text";
import { MunicipalityStatus } from "./municipality-status";

type Props = {
  items: Municipality[];
  sort: SortKey;
  /** Showing the previous results while new ones load. */
  stale?: boolean;
  /** The date the statuses are as of (countdowns count from it); today by default. */
  asOf?: string;
};

const COLUMNS = [
  { key: "name", sort: "name" },
  { key: "region", sort: "region" },
  { key: "status", sort: null },
  { key: "memberSince", sort: "memberSince" },
] as const;

function Head({ sort }: { sort: SortKey }) {
  const { t } = useTranslation("directory");
  return (
    <Table.Thead>
      <Table.Tr>
        {COLUMNS.map((column) => (
          <Table.Th
            key={column.key}
            scope="col"
            aria-sort={column.sort && column.sort === sort ? "ascending" : undefined}
          >
            {t(`table.${column.key}`)}
          </Table.Th>
        ))}
      </Table.Tr>
    </Table.Thead>
  );
}

export function MunicipalityTable({ items, sort, stale = false, asOf }: Props) {
  const { t, i18n } = useTranslation("directory");
  const language = i18n.language;
  return (
    <TableScroll minWidth={640} label={t("table.caption")}>
      <Table
        striped
        highlightOnHover
        verticalSpacing="sm"
        aria-busy={stale || undefined}
        style={{ opacity: stale ? 0.6 : 1, transition: "opacity 150ms" }}
        data-testid="municipality-table"
      >
        <Table.Caption style={{ captionSide: "top", textAlign: "start" }}>
          <Text component="span" size="sm" c="dimmed">
            {t("table.caption")}
          </Text>
        </Table.Caption>
        <Head sort={sort} />
        <Table.Tbody>
          {items.map((m) => (
            <Table.Tr key={m.id} data-municipality={m.id}>
              <Table.Th scope="row" fw={400}>
                <Group gap="xs" wrap="wrap">
                  <Anchor component={Link} to={`/municipalities/${m.id}`} fw={700}>
                    {municipalityName(m, language)}
                  </Anchor>
                  {m.founding && (
                    <Badge variant="outline" color="blue.9" size="sm" tt="none">
                      {t("table.founding")}
                    </Badge>
                  )}
                </Group>
              </Table.Th>
              <Table.Td>
                <Stack gap={0}>
                  <Text size="sm">{regionLabel(m, language)}</Text>
                  <Text size="xs" c="dimmed">
                    {regionalUnitLabel(m, language)}
                  </Text>
                </Stack>
              </Table.Td>
              <Table.Td>
                <MunicipalityStatus municipality={m} asOf={asOf} />
              </Table.Td>
              <Table.Td style={{ whiteSpace: "nowrap" }}>
                <Text size="sm">
                  <MemberSinceText
                    memberSince={m.memberSince}
                    memberSinceOnOrBefore={m.memberSinceOnOrBefore}
                  />
                </Text>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </TableScroll>
  );
}

export function MunicipalityTableSkeleton({ sort }: { sort: SortKey }) {
  const { t } = useTranslation("directory");
  return (
    <TableScroll minWidth={640} label={t("table.caption")}>
      <Table verticalSpacing="sm" aria-hidden="true">
        <Head sort={sort} />
        <Table.Tbody>
          {Array.from({ length: 8 }, (_, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: static placeholder rows
            <Table.Tr key={i}>
              {COLUMNS.map((column) => (
                <Table.Td key={column.key}>
                  <Skeleton height={14} width={column.key === "name" ? "80%" : "60%"} />
                </Table.Td>
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </TableScroll>
  );
}
