import type { Activity } from "@cni/contracts/activities";
import { Alert, Button, Group, Text } from "@mantine/core";
import { IconCheck, IconUsersPlus } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { municipalityName } from "@/entities/municipality/name";
import { ReadOnlyWhileViewing } from "@/entities/session/read-only";
import { errorMessage } from "@/lib/errors";
import { useSetParticipation } from "../api/set-participation";

type Props = {
  activity: Activity;
  /** The signed-in officer's or representative's municipality. */
  own: { id: string; nameEl: string; nameEn: string };
};

/** Marks or unmarks the user's OWN municipality as taking part (never another's). */
export function ParticipationButton({ activity, own }: Props) {
  const { t, i18n } = useTranslation("activities");
  const mutation = useSetParticipation(activity.id);
  const name = municipalityName(own, i18n.language);
  if (activity.hostMunicipalityId === own.id) {
    return <Text size="sm">{t("participation.youHost", { name })}</Text>;
  }
  const participating = activity.participantMunicipalityIds.includes(own.id);
  const closed = activity.status === "cancelled";
  return (
    <ReadOnlyWhileViewing>
      <Group gap="sm" align="center" wrap="wrap">
        {participating ? (
          <>
            <Text size="sm" fw={700} role="status">
              <IconCheck size={16} aria-hidden="true" style={{ verticalAlign: "text-bottom" }} />{" "}
              {t("participation.taking", { name })}
            </Text>
            <Button
              variant="default"
              size="sm"
              loading={mutation.isPending}
              onClick={() => mutation.mutate(false)}
            >
              {t("participation.leave", { name })}
            </Button>
          </>
        ) : (
          !closed && (
            <Button
              size="sm"
              leftSection={<IconUsersPlus size={16} aria-hidden="true" />}
              loading={mutation.isPending}
              onClick={() => mutation.mutate(true)}
            >
              {t("participation.join", { name })}
            </Button>
          )
        )}
        {mutation.isError && (
          <Alert role="alert" color="red" variant="light" py={6}>
            <Text size="sm" c="red.9">
              {errorMessage(t, mutation.error, "activities")}
            </Text>
          </Alert>
        )}
      </Group>
    </ReadOnlyWhileViewing>
  );
}
