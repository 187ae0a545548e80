// A download link for the member list as CSV (GET /api/municipalities.csv), with the same
// filters and date as the view it sits in, in the user's language.
import type { MembershipStatus } from "@cni/domain/enums";
import { Button } from "@mantine/core";
import { IconDownload } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { buildUrl } from "@/lib/api-client";

type Props = {
  q?: string;
  status?: MembershipStatus[];
  region?: string | null;
  asOf?: string | null;
};

/** Needs the `withdrawals` translation namespace (load it with the page's route). */
export function MembersCsvLink({ q, status, region, asOf }: Props) {
  const { t, i18n } = useTranslation("withdrawals");
  const href = buildUrl("/api/municipalities.csv", {
    q: q?.trim(),
    status: status?.length ? status.join(",") : undefined,
    region: region ?? undefined,
    asOf: asOf ?? undefined,
    lang: i18n.language === "en" ? "en" : "el",
  });
  return (
    <Button
      component="a"
      href={href}
      download
      variant="default"
      leftSection={<IconDownload size={16} aria-hidden="true" />}
      title={t("csv.description")}
      data-testid="members-csv"
    >
      {t("csv.download")}
    </Button>
  );
}
