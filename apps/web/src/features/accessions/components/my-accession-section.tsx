// The accession's section of "my municipality" (a composition point): where the
// municipality's declaration stands, truthfully for each state, and what its officer does
// next, with a link straight to it — start one, continue a draft, wait while the
// secretariat checks it, fix a returned one, or, once it is notified to the parties,
// designate the representative and alternate.
import type { Accession } from "@cni/contracts/accessions";
import type { SessionUser } from "@cni/contracts/auth";
import { Anchor, Button, Group, Paper, Stack, Text, Title } from "@mantine/core";
import { IconArrowRight } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { AccessionStatusBadge } from "@/entities/membership/status-badges";
import { formatDate, formatDateTime } from "@/lib/format";
import { useAccessions } from "../api/get-accessions";
import { DesignatePrompt } from "./designate-prompt";
import { ReturnedNotice } from "./returned-notice";

type Props = {
  user: SessionUser;
  municipality: { id: string; status: string };
};

/** The button to the declaration: the officer's next step. */
function ToDeclaration({ label }: { label: string }) {
  return (
    <Group>
      <Button
        component={Link}
        to="/accession"
        rightSection={<IconArrowRight size={16} aria-hidden="true" />}
      >
        {label}
      </Button>
    </Group>
  );
}

function StateBody({
  accession,
  isOfficer,
  municipalityId,
}: {
  accession: Accession;
  isOfficer: boolean;
  municipalityId: string;
}) {
  const { t, i18n } = useTranslation("accessions");
  const language = i18n.language;
  switch (accession.status) {
    case "returned":
      return (
        <ReturnedNotice accession={accession} title={t("my.returnedTitle")}>
          {accession.returnedAt && (
            <Text size="sm" mt="xs">
              {t("my.returnedOn", { date: formatDateTime(accession.returnedAt, language) })}
            </Text>
          )}
          <Text size="sm" mt="xs" mb="sm">
            {t("my.returnedNext")}
          </Text>
          {isOfficer && <ToDeclaration label={t("my.fix")} />}
        </ReturnedNotice>
      );
    case "draft":
      return (
        <>
          <Text size="sm">
            {t("my.draftShort")} {t("my.draftNext")}
          </Text>
          {isOfficer && <ToDeclaration label={t("my.continue")} />}
        </>
      );
    case "submitted":
      return (
        <>
          <Text size="sm">
            {accession.submittedOn
              ? t("my.submittedShort", { date: formatDate(accession.submittedOn, language) })
              : t("my.submittedShortUndated")}{" "}
            {t("my.submittedNext")}
          </Text>
          <Text size="sm">
            <Anchor component={Link} to="/accession">
              {t("my.open")}
            </Anchor>
          </Text>
        </>
      );
    case "notified":
      return (
        <>
          {accession.notifiedOn && (
            <Text size="sm">
              {t("my.notifiedMember", { date: formatDate(accession.notifiedOn, language) })}
            </Text>
          )}
          <DesignatePrompt municipalityId={municipalityId} isOfficer={isOfficer} />
        </>
      );
    default:
      return null;
  }
}

export function MyAccessionSection({ user, municipality }: Props) {
  const { t, i18n } = useTranslation("accessions");
  const list = useAccessions({ municipalityId: municipality.id });
  if (!list.data) return null;
  const items = list.data.items;
  const open = items.find((a) => ["draft", "submitted", "returned"].includes(a.status));
  const notified = items.find((a) => a.status === "notified");
  const isParty = municipality.status === "member" || municipality.status === "withdrawing";
  const isOfficer = user.role === "officer";
  const shown = open ?? (isParty ? notified : undefined);
  // a party that joined before the portal (no declaration here) has nothing to show
  if (!shown && isParty) return null;
  const withdrawn = shown ? undefined : items.find((a) => a.status === "withdrawn");

  return (
    <Paper
      withBorder
      p="md"
      component="section"
      aria-labelledby="my-accession-title"
      data-accession-status={shown?.status ?? "none"}
    >
      <Stack gap="sm">
        <Group gap="sm">
          <Title order={2} size="h3" id="my-accession-title">
            {t("my.title")}
          </Title>
          {shown && <AccessionStatusBadge status={shown.status} />}
        </Group>
        {shown ? (
          <StateBody accession={shown} isOfficer={isOfficer} municipalityId={municipality.id} />
        ) : (
          <>
            <Text size="sm">
              {withdrawn?.closedOn
                ? t("my.withdrawnText", { date: formatDate(withdrawn.closedOn, i18n.language) })
                : t("my.noneText")}
            </Text>
            {isOfficer && <ToDeclaration label={t("my.start")} />}
          </>
        )}
      </Stack>
    </Paper>
  );
}
