// "My pillars": an officer or representative picks the pillars they follow and gets the
// upcoming activities of those pillars first.
import { athensToday } from "@cni/domain/dates";
import { PILLARS, type Pillar } from "@cni/domain/enums";
import { Anchor, Button, Checkbox, Group, Paper, Stack, Text, Title } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { ErrorState } from "@/components/error-state";
import { ReadOnlyWhileViewing } from "@/entities/session/read-only";
import { errorMessage } from "@/lib/errors";
import { useActivities } from "../api/get-activities";
import { useMyPillars } from "../api/get-my-pillars";
import { useUpdateMyPillars } from "../api/update-my-pillars";
import { listHref } from "../utils/filters";
import { ActivityListView } from "./activity-list";

const UPCOMING = 5;

export function MyPillars({ userId }: { userId: string }) {
  const { t } = useTranslation("activities");
  const mine = useMyPillars(userId);
  const update = useUpdateMyPillars(userId);
  const followed = mine.data?.pillars ?? [];
  // The boxes show the saved pillars until the user changes one (null: not changed). The
  // saved pillars arriving, or being fetched again, must not undo a change the user made
  // meanwhile: under load the boxes can be ticked before GET /api/me/pillars answers.
  const [edited, setEdited] = useState<Pillar[] | null>(null);
  const draft = edited ?? followed;
  const [saved, setSaved] = useState(false);

  const today = athensToday();
  const upcoming = useActivities(
    { pillar: followed, from: today, sort: "startsOn", pageSize: UPCOMING },
    { enabled: followed.length > 0 },
  );
  const changed = [...draft].sort().join() !== [...followed].sort().join();

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="my-pillars-title">
      <Stack gap="sm">
        <Title order={2} size="h3" id="my-pillars-title">
          {t("myPillars.title")}
        </Title>
        {mine.isError ? (
          <ErrorState error={mine.error} onRetry={() => void mine.refetch()} />
        ) : (
          <ReadOnlyWhileViewing>
            <form
              onSubmit={(event) => {
                event.preventDefault();
                setSaved(false);
                const sent = draft;
                update.mutate(
                  { pillars: sent },
                  {
                    onSuccess: () => {
                      // back to the saved pillars, unless changed again while saving
                      setEdited((current) => (current === sent ? null : current));
                      setSaved(true);
                    },
                  },
                );
              }}
            >
              <Stack gap="xs">
                <Checkbox.Group
                  label={t("myPillars.label")}
                  description={t("myPillars.description")}
                  value={draft}
                  onChange={(value) => {
                    setSaved(false);
                    setEdited(PILLARS.filter((p) => value.includes(p)));
                  }}
                >
                  <Group gap="lg" mt={6}>
                    {PILLARS.map((pillar) => (
                      <Checkbox key={pillar} value={pillar} label={t(`pillars.${pillar}`)} />
                    ))}
                  </Group>
                </Checkbox.Group>
                <Group gap="sm">
                  <Button
                    type="submit"
                    size="sm"
                    variant={changed ? "filled" : "default"}
                    loading={update.isPending}
                    disabled={mine.isPending}
                  >
                    {t("myPillars.save")}
                  </Button>
                  <Text size="sm" role="status" aria-live="polite">
                    {saved && !changed ? t("myPillars.saved") : ""}
                  </Text>
                </Group>
                {update.isError && (
                  <Text size="sm" c="red.9" role="alert">
                    {errorMessage(t, update.error, "activities")}
                  </Text>
                )}
              </Stack>
            </form>
          </ReadOnlyWhileViewing>
        )}

        <Stack gap="xs" data-testid="my-pillars-upcoming">
          <Group justify="space-between" align="baseline">
            <Title order={3} size="h4">
              {t("myPillars.upcoming")}
            </Title>
            {followed.length > 0 && (
              <Anchor
                component={Link}
                to={listHref({ pillar: followed, from: today, sort: "startsOn" })}
                size="sm"
              >
                {t("myPillars.all")}
              </Anchor>
            )}
          </Group>
          {followed.length === 0 ? (
            <Text size="sm">{t("myPillars.none")}</Text>
          ) : (
            <ActivityListView
              data={upcoming.data}
              pending={upcoming.isPending}
              stale={upcoming.isPlaceholderData}
              page={1}
              emptyText={t("myPillars.empty")}
              headingOrder={4}
            />
          )}
        </Stack>
      </Stack>
    </Paper>
  );
}
