// The municipality page's timeline: founding or accession (or, for the 16 early members, the
// span the source says nothing about and "member on or before 2024-06-17"), designations
// (signed-in users), withdrawal notified / revoked / effective, as of today or a given date.
import type { TimelineEvent } from "@cni/contracts/network-history";
import { Skeleton, Stack, Text, Timeline, Title } from "@mantine/core";
import {
  IconArrowBackUp,
  IconDoorExit,
  IconFileText,
  IconFlag,
  IconGavel,
  IconHelpCircle,
  IconSend,
  IconUserCheck,
  IconUsersPlus,
} from "@tabler/icons-react";
import type { TFunction } from "i18next";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { ErrorState } from "@/components/error-state";
import { WithdrawalDatesText } from "@/components/withdrawal-countdown";
import { useSession } from "@/entities/session/get-session";
import { formatDate } from "@/lib/format";
import { useTimeline } from "../api/get-timeline";

const ICONS: Record<TimelineEvent["kind"], ReactNode> = {
  founding: <IconFlag size={14} aria-hidden="true" />,
  membership_unknown: <IconHelpCircle size={14} aria-hidden="true" />,
  member_on_or_before: <IconUsersPlus size={14} aria-hidden="true" />,
  accession_decision: <IconGavel size={14} aria-hidden="true" />,
  accession_submitted: <IconFileText size={14} aria-hidden="true" />,
  accession_notified: <IconUsersPlus size={14} aria-hidden="true" />,
  designation: <IconUserCheck size={14} aria-hidden="true" />,
  withdrawal_notified: <IconSend size={14} aria-hidden="true" />,
  withdrawal_rescinded: <IconArrowBackUp size={14} aria-hidden="true" />,
  withdrawal_effective: <IconDoorExit size={14} aria-hidden="true" />,
};

function eventTitle(t: TFunction, e: TimelineEvent, language: string): string {
  if (e.kind === "designation" && e.designation) {
    return t(`timeline.kind.designation_${e.designation.role}`, { name: e.designation.name });
  }
  return t(`timeline.kind.${e.kind}`, { date: formatDate(e.date, language) });
}

function eventDetails(t: TFunction, e: TimelineEvent, language: string): string[] {
  const lines: string[] = [];
  if (e.kind === "founding") lines.push(t("timeline.detail.founding"));
  if (e.kind === "member_on_or_before") lines.push(t("timeline.detail.member_on_or_before"));
  if (e.kind === "membership_unknown" && e.unknownUntil) {
    lines.push(
      t("timeline.detail.membership_unknown", {
        from: formatDate(e.date, language),
        until: formatDate(e.unknownUntil, language),
      }),
    );
  }
  if (e.decisionNumber) {
    lines.push(
      e.decisionDate
        ? t("timeline.detail.decisionOn", {
            number: e.decisionNumber,
            date: formatDate(e.decisionDate, language),
          })
        : t("timeline.detail.decision", { number: e.decisionNumber }),
    );
  }
  if (e.designation?.to) {
    lines.push(
      t("timeline.detail.designationUntil", { date: formatDate(e.designation.to, language) }),
    );
  }
  if (e.notices && e.notices.sent > 0) lines.push(t("timeline.detail.notices", e.notices));
  return lines;
}

type Props = { municipalityId: string; asOf?: string };

/** Needs the `withdrawals` translation namespace (load it with the page's route). */
export function MunicipalityTimeline({ municipalityId, asOf }: Props) {
  const { t, i18n } = useTranslation("withdrawals");
  const language = i18n.language;
  const session = useSession();
  const user = session.data?.user ?? null;
  const query = useTimeline(municipalityId, asOf, user?.id);
  const events = query.data?.events ?? [];

  return (
    <Stack
      gap="sm"
      component="section"
      aria-labelledby="municipality-timeline"
      data-testid="municipality-timeline"
    >
      <Title order={2} size="h3" id="municipality-timeline">
        {t("timeline.title")}
      </Title>
      {query.isError && !query.data ? (
        <ErrorState error={query.error} onRetry={() => void query.refetch()} />
      ) : !query.data ? (
        <Stack gap="xs" aria-hidden="true">
          <Skeleton height={18} width="40%" />
          <Skeleton height={18} width="55%" />
        </Stack>
      ) : events.length === 0 ? (
        <Text>{t("timeline.empty")}</Text>
      ) : (
        <Timeline bulletSize={24} lineWidth={2} role="list" color="blue.8">
          {events.map((e, index) => (
            <Timeline.Item
              // biome-ignore lint/suspicious/noArrayIndexKey: events have no id; the order is fixed
              key={`${e.kind}-${e.date}-${index}`}
              bullet={ICONS[e.kind]}
              role="listitem"
              data-kind={e.kind}
              title={
                <Text component="span" fw={700}>
                  {eventTitle(t, e, language)}
                </Text>
              }
            >
              <Text size="sm" c="dimmed">
                <time dateTime={e.date}>
                  {e.dateIsBound
                    ? t("timeline.onOrBefore", { date: formatDate(e.date, language) })
                    : formatDate(e.date, language, "long")}
                </time>
              </Text>
              {eventDetails(t, e, language).map((line) => (
                <Text size="sm" key={line}>
                  {line}
                </Text>
              ))}
              {e.kind === "withdrawal_notified" && e.lastDayAsParty && e.effectiveOn && (
                <WithdrawalDatesText
                  size="sm"
                  lastDayAsParty={e.lastDayAsParty}
                  effectiveOn={e.effectiveOn}
                />
              )}
            </Timeline.Item>
          ))}
        </Timeline>
      )}
      {!user && query.data && (
        <Text size="sm" c="dimmed">
          {t("timeline.personalNote")}
        </Text>
      )}
    </Stack>
  );
}
