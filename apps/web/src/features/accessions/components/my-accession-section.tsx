// The accession's section of "my municipality" (a composition point): where the
// municipality's declaration stands and what its officer should do next — fix a returned
// declaration, or, once it is notified to the parties, designate the representative and
// alternate.
import type { SessionUser } from "@cni/contracts/auth";
import { Anchor, Group, Paper, Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { AccessionStatusBadge } from "@/entities/membership/status-badges";
import { formatDate } from "@/lib/format";
import { useAccessions } from "../api/get-accessions";
import { DesignatePrompt } from "./designate-prompt";
import { ReturnedNotice } from "./returned-notice";

type Props = {
  user: SessionUser;
  municipality: { id: string; status: string };
};

export function MyAccessionSection({ user, municipality }: Props) {
  const { t, i18n } = useTranslation("accessions");
  const list = useAccessions({ municipalityId: municipality.id });
  const items = list.data?.items ?? [];
  const open = items.find((a) => ["draft", "submitted", "returned"].includes(a.status));
  const notified = items.find((a) => a.status === "notified");
  const isParty = municipality.status === "member" || municipality.status === "withdrawing";
  const isOfficer = user.role === "officer";
  const shown = open ?? (isParty ? notified : undefined);
  if (!shown) return null;

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="my-accession-title">
      <Stack gap="sm">
        <Group gap="sm">
          <Title order={2} size="h3" id="my-accession-title">
            {t("my.title")}
          </Title>
          <AccessionStatusBadge status={shown.status} />
        </Group>
        {open?.status === "returned" && (
          <ReturnedNotice accession={open} title={t("my.returnedTitle")}>
            {isOfficer && (
              <Anchor
                component={Link}
                to="/accession"
                fw={600}
                mt="xs"
                display="inline-block"
                c="red.9"
                underline="always"
              >
                {t("my.fix")}
              </Anchor>
            )}
          </ReturnedNotice>
        )}
        {open && open.status !== "returned" && (
          <Text size="sm">
            {open.status === "submitted"
              ? open.submittedOn
                ? t("my.submittedShort", { date: formatDate(open.submittedOn, i18n.language) })
                : t("my.submittedShortUndated")
              : t("my.draftShort")}{" "}
            <Anchor component={Link} to="/accession">
              {t("my.open")}
            </Anchor>
          </Text>
        )}
        {!open && notified?.notifiedOn && (
          <>
            <Text size="sm">
              {t("my.notifiedShort", { date: formatDate(notified.notifiedOn, i18n.language) })}
            </Text>
            <DesignatePrompt municipalityId={municipality.id} isOfficer={isOfficer} />
          </>
        )}
      </Stack>
    </Paper>
  );
}
