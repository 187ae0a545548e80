// Download links for the member list as CSV (GET /api/municipalities.csv), with the same
// filters and date as the view it sits in, in the user's language: the semicolon file that
// Excel with Greek regional settings opens in columns, and the RFC 4180 comma file.
import type { CsvFormat } from "@cni/contracts/common";
import type { MembershipStatus } from "@cni/domain/enums";
import { Button, Group } from "@mantine/core";
import { IconDownload } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { buildUrl } from "@/lib/api-client";

type Props = {
  q?: string;
  status?: MembershipStatus[];
  region?: string | null;
  asOf?: string | null;
};

const FORMATS: readonly CsvFormat[] = ["excel", "rfc4180"];

/** Needs the `withdrawals` translation namespace (load it with the page's route). */
export function MembersCsvLink({ q, status, region, asOf }: Props) {
  const { t, i18n } = useTranslation("withdrawals");
  const href = (format: CsvFormat) =>
    buildUrl("/api/municipalities.csv", {
      q: q?.trim(),
      status: status?.length ? status.join(",") : undefined,
      region: region ?? undefined,
      asOf: asOf ?? undefined,
      lang: i18n.language === "en" ? "en" : "el",
      format: format === "excel" ? "excel" : undefined,
    });
  return (
    <Group gap="xs" role="group" aria-label={t("csv.download")} title={t("csv.description")}>
      {FORMATS.map((format) => (
        <Button
          key={format}
          component="a"
          href={href(format)}
          download
          variant="default"
          leftSection={<IconDownload size={16} aria-hidden="true" />}
          title={t(`common:csv.${format}Hint`)}
          data-testid={format === "excel" ? "members-csv-excel" : "members-csv"}
        >
          {t(`common:csv.${format}`)}
        </Button>
      ))}
    </Group>
  );
}
