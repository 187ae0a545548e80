// On a municipality's page: a pending withdrawal (with the countdown) for everyone, and the
// actions for the municipality's officer or a coordinator — file a withdrawal while it is a
// member, rescind it while pending.
import { athensToday } from "@cni/domain/dates";
import type { MembershipStatus } from "@cni/domain/enums";
import { Alert, Anchor, Button, Group, Stack, Text } from "@mantine/core";
import { IconDoorExit, IconHourglassHigh } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { WithdrawalCountdown, WithdrawalDatesText } from "@/components/withdrawal-countdown";
import { municipalityName } from "@/entities/municipality/name";
import { useSession } from "@/entities/session/get-session";
import { useWithdrawals } from "../api/get-withdrawals";
import { RescindWithdrawalButton } from "./rescind-withdrawal-button";

type Props = {
  municipality: {
    id: string;
    nameEl: string;
    nameEn: string;
    status: MembershipStatus;
    withdrawalLastDayAsParty: string | null;
    withdrawalEffectiveOn: string | null;
  };
};

/** Needs the `withdrawals` translation namespace (load it with the page's route). */
export function MunicipalityWithdrawalPanel({ municipality: m }: Props) {
  const { t, i18n } = useTranslation("withdrawals");
  const language = i18n.language;
  const user = useSession().data?.user ?? null;
  const canAct =
    user !== null &&
    (user.role === "coordinator" || (user.role === "officer" && user.municipalityId === m.id));
  const withdrawing =
    m.status === "withdrawing" &&
    m.withdrawalEffectiveOn !== null &&
    m.withdrawalLastDayAsParty !== null;
  const pending = useWithdrawals(
    { municipalityId: m.id, status: ["pending"] },
    { enabled: canAct && withdrawing },
  );
  const current = pending.data?.items[0];

  if (!withdrawing && !(canAct && m.status === "member")) return null;

  return (
    <Stack gap="sm" data-testid="withdrawal-panel">
      {withdrawing && m.withdrawalEffectiveOn && m.withdrawalLastDayAsParty && (
        <Alert
          color="orange"
          variant="light"
          // Mantine's orange title is 3.6:1 on its tint: darker text keeps WCAG AA.
          styles={{
            root: { background: "#fff4e6" },
            title: { color: "#8a2c00" },
            icon: { color: "#8a2c00" },
          }}
          icon={<IconHourglassHigh aria-hidden="true" />}
          title={
            <Group gap="sm" component="span">
              <span>{t("panel.pendingTitle")}</span>
              <WithdrawalCountdown
                lastDayAsParty={m.withdrawalLastDayAsParty}
                effectiveOn={m.withdrawalEffectiveOn}
              />
            </Group>
          }
        >
          <Stack gap="xs">
            <WithdrawalDatesText
              size="sm"
              fw={700}
              lastDayAsParty={m.withdrawalLastDayAsParty}
              effectiveOn={m.withdrawalEffectiveOn}
            />
            <Text size="sm">{t("panel.pendingText")}</Text>
            {canAct && current && (
              <Group gap="sm">
                <RescindWithdrawalButton
                  withdrawal={current}
                  municipalityName={municipalityName(m, language)}
                  today={athensToday()}
                />
                <Anchor component={Link} to={`/withdrawals/${current.id}`} size="sm" c="blue.9">
                  {t("panel.details")}
                </Anchor>
              </Group>
            )}
          </Stack>
        </Alert>
      )}
      {canAct && m.status === "member" && (
        <Group>
          <Button
            component={Link}
            to={`/withdrawals/new?municipalityId=${encodeURIComponent(m.id)}`}
            variant="default"
            leftSection={<IconDoorExit size={16} aria-hidden="true" />}
          >
            {t("panel.file")}
          </Button>
        </Group>
      )}
    </Stack>
  );
}
