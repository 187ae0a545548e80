// The formal checks the secretariat looks at before circulating a declaration, computed by
// the API from the rules.
import type { Accession } from "@cni/contracts/accessions";
import { Group, List, Text, ThemeIcon, Title, VisuallyHidden } from "@mantine/core";
import { IconAlertTriangle, IconCheck } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { ruleMessage } from "../utils/rules";

export function ChecksList({
  accession,
  headingOrder = 2,
}: {
  accession: Accession;
  headingOrder?: 2 | 3;
}) {
  const { t } = useTranslation("accessions");
  const c = accession.checks;
  const d = accession.councilDecision;
  const rows: { key: string; ok: boolean; label: string }[] = [
    {
      key: "quorum",
      ok: c.quorumMet,
      label: t("checks.quorum", { present: d.membersPresent, needed: c.quorumNeeded }),
    },
    {
      key: "presentWithinTotal",
      ok: c.presentWithinTotal,
      label: t("checks.presentWithinTotal", { present: d.membersPresent, total: d.membersTotal }),
    },
    { key: "votes", ok: c.votesValid, label: t("checks.votes") },
    { key: "decisionNumber", ok: c.decisionNumberValid, label: t("checks.decisionNumber") },
    { key: "decisionDate", ok: c.decisionDateValid, label: t("checks.decisionDate") },
    { key: "document", ok: c.hasDocument, label: t("checks.document") },
    { key: "decisionDocument", ok: c.hasDecisionDocument, label: t("checks.decisionDocument") },
    { key: "signatory", ok: c.hasSignatory, label: t("checks.signatory") },
    // the representative and alternate are not checked: designating them is a duty of a
    // party, not a condition of joining
    ...(d.diavgeiaAda ? [{ key: "ada", ok: c.adaValid, label: t("checks.ada") }] : []),
  ];
  return (
    <section aria-labelledby={`checks-${accession.id}`}>
      <Title order={headingOrder} size="h4" id={`checks-${accession.id}`} mb="sm">
        {t("checks.title")}
      </Title>
      <List spacing={6} listStyleType="none" p={0} data-testid="checks">
        {rows.map((row) => (
          <List.Item key={row.key} data-check={row.key} data-ok={row.ok}>
            <Group gap="xs" wrap="nowrap" align="flex-start">
              <ThemeIcon
                size="sm"
                radius="xl"
                color={row.ok ? "teal.9" : "red.9"}
                aria-hidden="true"
              >
                {row.ok ? <IconCheck size={14} /> : <IconAlertTriangle size={14} />}
              </ThemeIcon>
              <Text size="sm">
                <VisuallyHidden component="span">
                  {row.ok ? t("checks.ok") : t("checks.problem")}:{" "}
                </VisuallyHidden>
                {row.label}
              </Text>
            </Group>
          </List.Item>
        ))}
      </List>
      {c.problems.length > 0 && (
        <List mt="sm" size="sm" c="red.9">
          {c.problems.map((p) => (
            <List.Item key={`${p.path}-${p.code}`}>{ruleMessage(t, p.code, d, p.path)}</List.Item>
          ))}
        </List>
      )}
    </section>
  );
}
