// The review queue's checks, one indicator each (issue 15 item 3): a valid quorum shows as
// valid even when another check fails, and each problem names itself. Icon and words, never
// colour alone: a tick or a warning sign, and a text that differs for "ok" and "problem".
import type { Accession } from "@cni/contracts/accessions";
import { Group, Text, ThemeIcon } from "@mantine/core";
import { IconAlertTriangle, IconCheck } from "@tabler/icons-react";
import type { TFunction } from "i18next";
import { useTranslation } from "react-i18next";

type Check = { key: string; ok: boolean; text: string };

export function queueChecks(a: Accession, t: TFunction): Check[] {
  const c = a.checks;
  const d = a.councilDecision;
  const figures = { present: d.membersPresent, total: d.membersTotal, needed: c.quorumNeeded };
  const check = (key: string, ok: boolean, options: Record<string, unknown> = {}) => ({
    key,
    ok,
    text: t(`queue.check.${key}.${ok ? "ok" : "problem"}`, options),
  });
  return [
    check("quorum", c.quorumMet && c.presentWithinTotal, figures),
    check("majority", c.votesValid),
    check("decision", c.decisionNumberValid && c.decisionDateValid),
    // the ΑΔΑ is optional: checked only when given
    ...(d.diavgeiaAda ? [check("ada", c.adaValid)] : []),
    check("document", c.hasDecisionDocument),
    check("signatory", c.hasSignatory),
  ];
}

export function QueueChecks({ accession }: { accession: Accession }) {
  const { t } = useTranslation("accessions");
  const checks = queueChecks(accession, t);
  return (
    <ul style={{ listStyle: "none", margin: 0, padding: 0 }} data-testid="queue-checks">
      {checks.map((check) => (
        <li key={check.key} data-check={check.key} data-ok={check.ok}>
          <Group gap={6} wrap="nowrap" align="flex-start">
            <ThemeIcon
              size={18}
              radius="xl"
              color={check.ok ? "teal.9" : "red.9"}
              aria-hidden="true"
              style={{ flex: "none", marginTop: 2 }}
            >
              {check.ok ? <IconCheck size={12} /> : <IconAlertTriangle size={12} />}
            </ThemeIcon>
            <Text size="sm" c={check.ok ? undefined : "red.9"} fw={check.ok ? 400 : 600}>
              {check.text}
            </Text>
          </Group>
        </li>
      ))}
    </ul>
  );
}
