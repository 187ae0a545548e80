// A declaration, read-only: the council decision, the signatory, the persons, documents.
import type { Accession, Person } from "@cni/contracts/accessions";
import { Paper, SimpleGrid, Stack, Text, Title } from "@mantine/core";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { DiavgeiaLink } from "@/components/diavgeia-link";
import { Fact } from "@/components/fact";
import { formatDate } from "@/lib/format";
import { DocumentList } from "./document-list";

function PersonText({ person }: { person: Person | null }) {
  const { t } = useTranslation("accessions");
  if (!person) return <span>{t("summary.toBeDesignated")}</span>;
  return (
    <>
      {person.name}
      {person.position ? `, ${person.position}` : ""}
      <Text component="span" display="block" size="sm" fw={400}>
        {person.email}
        {person.phone ? ` · ${person.phone}` : ""}
      </Text>
    </>
  );
}

type Props = {
  accession: Accession;
  /** The heading level of the section titles. */
  headingOrder?: 2 | 3;
  documentsSlot?: ReactNode;
};

export function AccessionSummary({ accession, headingOrder = 2, documentsSlot }: Props) {
  const { t, i18n } = useTranslation("accessions");
  const language = i18n.language;
  const d = accession.councilDecision;
  return (
    <Stack gap="md">
      <Paper
        withBorder
        p="md"
        component="section"
        aria-labelledby={`summary-decision-${accession.id}`}
      >
        <Title order={headingOrder} size="h4" id={`summary-decision-${accession.id}`} mb="sm">
          {t("summary.decision")}
        </Title>
        <SimpleGrid component="dl" cols={{ base: 1, xs: 2, md: 4 }} spacing="md" m={0}>
          <Fact label={t("summary.number")}>{d.number}</Fact>
          <Fact label={t("summary.date")}>
            <time dateTime={d.date}>{formatDate(d.date, language)}</time>
          </Fact>
          <Fact label={t("summary.session")}>{d.session}</Fact>
          {d.agendaItem && <Fact label={t("summary.agendaItem")}>{d.agendaItem}</Fact>}
          {d.membersPresentAtOpening != null && (
            <Fact label={t("summary.presentAtOpening")}>
              {t("summary.presentValue", {
                present: d.membersPresentAtOpening,
                total: d.membersTotal,
              })}
            </Fact>
          )}
          <Fact label={t("summary.present")}>
            {t("summary.presentValue", { present: d.membersPresent, total: d.membersTotal })}
          </Fact>
          <Fact label={t("summary.vote")}>
            {t(`vote.${d.vote}`)}
            {d.castingVote ? ` · ${t("summary.castingVote")}` : ""}
          </Fact>
          {(d.votesFor != null || d.votesAgainst != null || d.votesBlank != null) && (
            <Fact label={t("summary.votes")}>
              {t("summary.votesValue", {
                votesFor: d.votesFor ?? "–",
                against: d.votesAgainst ?? "–",
                blank: d.votesBlank ?? "–",
              })}
            </Fact>
          )}
          {d.diavgeiaAda && (
            <Fact label={t("summary.ada")}>
              <DiavgeiaLink ada={d.diavgeiaAda} />
            </Fact>
          )}
        </SimpleGrid>
      </Paper>
      <Paper
        withBorder
        p="md"
        component="section"
        aria-labelledby={`summary-people-${accession.id}`}
      >
        <Title order={headingOrder} size="h4" id={`summary-people-${accession.id}`} mb="sm">
          {t("summary.signatory")} · {t("summary.representative")} · {t("summary.alternate")}
        </Title>
        <SimpleGrid component="dl" cols={{ base: 1, sm: 3 }} spacing="md" m={0}>
          <Fact label={t("summary.signatory")}>
            {accession.signatory
              ? `${accession.signatory.name}, ${accession.signatory.title}`
              : t("summary.notGiven")}
          </Fact>
          <Fact label={t("summary.representative")}>
            <PersonText person={accession.representative} />
          </Fact>
          <Fact label={t("summary.alternate")}>
            <PersonText person={accession.alternate} />
          </Fact>
        </SimpleGrid>
        {accession.remarks && (
          <Text mt="sm" size="sm">
            <strong>{t("summary.remarks")}:</strong> {accession.remarks}
          </Text>
        )}
      </Paper>
      <Paper withBorder p="md" component="section" aria-labelledby={`summary-docs-${accession.id}`}>
        <Title order={headingOrder} size="h4" id={`summary-docs-${accession.id}`} mb="sm">
          {t("summary.documents")}
        </Title>
        {documentsSlot ?? <DocumentList documents={accession.documents} />}
      </Paper>
    </Stack>
  );
}
