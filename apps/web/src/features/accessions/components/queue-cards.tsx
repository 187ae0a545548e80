// The review queue on a phone: one card per declaration, each with all its checks, so
// nothing scrolls sideways at 360 px (a seven-column table cannot fit there, and its checks
// column hid behind the sticky first column).
import type { Accession } from "@cni/contracts/accessions";
import { Anchor, Group, Paper, Stack, Text, Title } from "@mantine/core";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { AccessionStatusBadge } from "@/entities/membership/status-badges";
import { municipalityName } from "@/entities/municipality/name";
import { formatDate } from "@/lib/format";
import { QueueChecks } from "./queue-checks";

function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Text size="sm">
      <Text span fw={700} size="sm">
        {label}:
      </Text>{" "}
      {children}
    </Text>
  );
}

export function QueueCards({ items }: { items: readonly Accession[] }) {
  const { t, i18n } = useTranslation("accessions");
  const language = i18n.language;
  return (
    <Stack
      component="ul"
      gap="sm"
      style={{ listStyle: "none", margin: 0, padding: 0 }}
      aria-label={t("queue.caption")}
      data-testid="accession-queue-cards"
    >
      {items.map((a) => {
        const name = municipalityName(a.municipality, language);
        const d = a.councilDecision;
        return (
          <Paper component="li" key={a.id} withBorder p="sm" data-accession={a.municipalityId}>
            <Stack gap={6}>
              <Group justify="space-between" gap="xs" wrap="wrap">
                <Title order={2} size="h4" style={{ overflowWrap: "anywhere" }}>
                  {name}
                </Title>
                <AccessionStatusBadge status={a.status} />
              </Group>
              <Field label={t("queue.decision")}>
                {d.number}, <time dateTime={d.date}>{formatDate(d.date, language)}</time>
              </Field>
              <Field label={t("queue.submittedOn")}>
                {a.submittedOn ? (
                  <time dateTime={a.submittedOn}>{formatDate(a.submittedOn, language)}</time>
                ) : (
                  "—"
                )}
              </Field>
              <Field label={t("queue.documents")}>{a.documents.length}</Field>
              <Text fw={700} size="sm">
                {t("queue.checks")}
              </Text>
              <QueueChecks accession={a} />
              <Anchor
                component={Link}
                to={`/admin/accessions/${encodeURIComponent(a.id)}`}
                aria-label={t("queue.openFor", { name })}
                fw={700}
              >
                {t("queue.open")}
              </Anchor>
            </Stack>
          </Paper>
        );
      })}
    </Stack>
  );
}
