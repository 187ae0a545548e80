// The consent register: every party the proposal was circulated to, with its answer and
// council decision (number, date, ΑΔΑ linked to Diavgeia, the PDF), who has not answered
// (with the secretariat's reminder), and the parties that joined later and are not asked.
import type { AmendmentDetail, ConsentRecord, PartyAnswer } from "@cni/contracts/amendments";
import { Alert, Anchor, Button, Group, List, Stack, Table, Text, Title } from "@mantine/core";
import { IconBellRinging } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { DiavgeiaLink } from "@/components/diavgeia-link";
import { StatusBadge, type Tone } from "@/components/status-badge";
import { TableScroll } from "@/components/table-scroll";
import { municipalityName } from "@/entities/municipality/name";
import { errorMessage } from "@/lib/errors";
import { formatDate } from "@/lib/format";
import { notify } from "@/lib/notify";
import { useRemindParties } from "../api/remind-parties";

const TONE: Record<PartyAnswer["state"], Tone> = {
  consented: "success",
  refused: "danger",
  pending: "pending",
  dropped_out: "neutral",
};

function Decision({ record }: { record: ConsentRecord }) {
  const { t, i18n } = useTranslation("amendments");
  return (
    <Stack gap={2}>
      <Text size="sm">
        {t("register.decisionOf", {
          number: record.decisionNumber,
          date: formatDate(record.decisionDate, i18n.language),
        })}
      </Text>
      <DiavgeiaLink ada={record.diavgeiaAda} size="sm" />
    </Stack>
  );
}

export function ConsentRegister({
  amendment,
  isCoordinator,
}: {
  amendment: AmendmentDetail;
  isCoordinator: boolean;
}) {
  const { t, i18n } = useTranslation("amendments");
  const language = i18n.language;
  const remind = useRemindParties();
  const pdfLabel = (size: number) => t("register.pdf", { size: `${Math.ceil(size / 1024)} KB` });
  // «Δήμος Βόλου» / "Municipality of Volos", never the bare genitive
  const name = (p: { nameEl: string; nameEn: string }) => municipalityName(p, language);

  if (!amendment.circulatedOn) {
    return <Text>{t("register.notCirculated")}</Text>;
  }
  const pending = amendment.parties.filter((p) => p.state === "pending");
  const open = amendment.status === "circulated";

  return (
    <Stack gap="md">
      <Text>{t("register.intro")}</Text>
      <Text fw={700} data-testid="register-summary">
        {t("register.summary", amendment.answers)}
      </Text>
      <TableScroll minWidth={720} stickyFirstColumn label={t("register.caption")}>
        <Table striped withTableBorder data-testid="consent-register">
          <Table.Caption>{t("register.caption")}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t("register.party")}</Table.Th>
              <Table.Th scope="col">{t("register.answer")}</Table.Th>
              <Table.Th scope="col">{t("register.decision")}</Table.Th>
              <Table.Th scope="col">{t("register.document")}</Table.Th>
              <Table.Th scope="col">{t("register.recordedBy")}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {amendment.parties.map((p) => (
              <Table.Tr key={p.municipalityId} data-party={p.municipalityId} data-state={p.state}>
                <Table.Th scope="row" fw={400}>
                  {name(p)}
                </Table.Th>
                <Table.Td>
                  <StatusBadge tone={TONE[p.state]} data={{ "data-answer-state": p.state }}>
                    {t(`register.state.${p.state}`, {
                      date: p.leftOn ? formatDate(p.leftOn, language) : "",
                    })}
                  </StatusBadge>
                  {p.earlier.map((e) => (
                    <Text key={e.id} size="xs" c="dimmed" mt={4}>
                      {t("register.earlier", {
                        answer: t(`answer.${e.answer}`),
                        number: e.decisionNumber,
                        date: formatDate(e.decisionDate, language),
                      })}
                    </Text>
                  ))}
                </Table.Td>
                <Table.Td>{p.answer && <Decision record={p.answer} />}</Table.Td>
                <Table.Td>
                  {p.answer && (
                    <Anchor
                      href={`/api/documents/${p.answer.document.id}`}
                      size="sm"
                      download
                      // the visible text first, then the file's name (WCAG 2.5.3); no visually
                      // hidden text here: absolutely placed, it would escape the table's scroll
                      aria-label={`${pdfLabel(p.answer.document.size)}: ${p.answer.document.filename}`}
                    >
                      {pdfLabel(p.answer.document.size)}
                    </Anchor>
                  )}
                </Table.Td>
                <Table.Td>
                  {p.answer && (
                    <Text size="sm">
                      {p.answer.recordedByCoordinator
                        ? t("register.byCoordinator", { name: p.answer.recordedBy.name })
                        : t("register.byParty", { name: p.answer.recordedBy.name })}
                    </Text>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </TableScroll>

      {open && (
        <Stack gap="xs" component="section" aria-labelledby="register-pending">
          <Title order={3} size="h4" id="register-pending">
            {t("register.pendingTitle")}
          </Title>
          {pending.length === 0 ? (
            <Text>{t("register.nonePending")}</Text>
          ) : (
            <List data-testid="pending-parties">
              {pending.map((p) => (
                <List.Item key={p.municipalityId}>{name(p)}</List.Item>
              ))}
            </List>
          )}
          {isCoordinator && pending.length > 0 && (
            <Group>
              <Button
                variant="outline"
                leftSection={<IconBellRinging size={18} aria-hidden="true" />}
                loading={remind.isPending}
                onClick={async () => {
                  try {
                    const result = await remind.mutateAsync(amendment.id);
                    notify.success(
                      result.reminded.length
                        ? t("register.reminded", { count: result.reminded.length })
                        : t("register.remindedNone"),
                    );
                  } catch (error) {
                    notify.error(errorMessage(t, error, "amendments"));
                  }
                }}
              >
                {t("register.remind")}
              </Button>
            </Group>
          )}
        </Stack>
      )}

      {amendment.joinedAfterCirculation.length > 0 && (
        <Alert variant="light" color="gray" title={t("register.joinedTitle")}>
          <Text size="sm">{t("register.joinedText")}</Text>
          <Text size="sm" mt="xs" data-testid="joined-after">
            {amendment.joinedAfterCirculation.map(name).join(", ")}
          </Text>
        </Alert>
      )}
    </Stack>
  );
}
