// One activity: /activities/:id.
import type { Activity } from "@cni/contracts/activities";
import {
  Alert,
  Anchor,
  Button,
  Group,
  Modal,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  Title,
  VisuallyHidden,
} from "@mantine/core";
import { IconExternalLink, IconPencil, IconTrash, IconWorldUpload } from "@tabler/icons-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate, useParams } from "react-router";
import { BackLink } from "@/components/back-link";
import { Fact } from "@/components/fact";
import { QueryPage } from "@/components/query-page";
import { useMunicipalities } from "@/entities/municipality/api";
import { municipalityName } from "@/entities/municipality/name";
import { useSession } from "@/entities/session/get-session";
import { errorMessage } from "@/lib/errors";
import { formatDate } from "@/lib/format";
import { notify } from "@/lib/notify";
import { useDeleteActivity } from "../api/delete-activity";
import { useActivity } from "../api/get-activity";
import { usePublishActivity } from "../api/publish-activity";
import { ActivityBadges } from "../components/activity-badges";
import { ActivityDates } from "../components/activity-dates";
import { ParticipationButton } from "../components/participation-button";
import { activityTitle, activityTitleLang } from "../utils/names";

export function Component() {
  const { id = "" } = useParams();
  const { t, i18n } = useTranslation("activities");
  const query = useActivity(id);
  return (
    <QueryPage
      query={query}
      back={<BackLink to="/activities" label={t("detail.back")} />}
      title={t("detail.title")}
      pageTitle={(activity) => activityTitle(activity, i18n.language)}
      notFound={{ title: t("detail.notFound"), text: t("detail.notFoundText") }}
      namespace="activities"
    >
      {(activity) => <ActivityDetail a={activity} />}
    </QueryPage>
  );
}

function ActivityDetail({ a }: { a: Activity }) {
  const { t, i18n } = useTranslation("activities");
  const language = i18n.language;
  const navigate = useNavigate();
  const session = useSession();
  const user = session.data?.user ?? null;
  const municipalities = useMunicipalities();
  const publish = usePublishActivity();
  const remove = useDeleteActivity();
  const [confirming, setConfirming] = useState(false);

  const isCoordinator = user?.role === "coordinator";
  const own =
    (user?.role === "officer" || user?.role === "representative") && user.municipalityId
      ? municipalities.data?.items.find((m) => m.id === user.municipalityId)
      : undefined;
  const otherLanguage = language === "en" ? "el" : "en";

  return (
    <Stack gap="xl" maw={960}>
      <Stack gap="xs">
        <BackLink to="/activities" label={t("detail.back")} />
        <Title order={1} lang={activityTitleLang(a, language)}>
          {activityTitle(a, language)}
        </Title>
        {a.titleEn && (
          <Text c="dimmed" lang={activityTitleLang(a, otherLanguage)}>
            {activityTitle(a, otherLanguage)}
          </Text>
        )}
        <ActivityBadges activity={a} />
      </Stack>

      {!a.published && (
        <Alert
          color="yellow"
          variant="light"
          // the default yellow title is 2.7:1 on its background: dark text keeps AA contrast
          title={
            <Text span fw={700} size="sm" c="dark.8">
              {t("proposals.pendingTitle")}
            </Text>
          }
        >
          <Text size="sm">{t("proposals.pendingText")}</Text>
          {a.proposedBy && (
            <Text size="sm">{t("proposals.proposedBy", { name: a.proposedBy.name })}</Text>
          )}
        </Alert>
      )}

      {(isCoordinator || own) && (
        <Group gap="sm" data-testid="activity-actions">
          {isCoordinator && !a.published && (
            <Button
              leftSection={<IconWorldUpload size={18} aria-hidden="true" />}
              loading={publish.isPending}
              onClick={() =>
                publish.mutate(a.id, {
                  onSuccess: () => notify.success(t("proposals.publishedMessage")),
                })
              }
            >
              {t("proposals.publish")}
            </Button>
          )}
          {isCoordinator && (
            <>
              <Button
                component={Link}
                to={`/activities/${a.id}/edit`}
                variant="default"
                leftSection={<IconPencil size={18} aria-hidden="true" />}
              >
                {t("detail.edit")}
              </Button>
              <Button
                variant="outline"
                color="red.9"
                leftSection={<IconTrash size={18} aria-hidden="true" />}
                onClick={() => setConfirming(true)}
              >
                {a.published ? t("detail.delete") : t("proposals.reject")}
              </Button>
            </>
          )}
          {own && a.published && <ParticipationButton activity={a} own={own} />}
        </Group>
      )}
      {publish.isError && (
        <Alert role="alert" color="red" variant="light">
          <Text size="sm" c="red.9">
            {errorMessage(t, publish.error, "activities")}
          </Text>
        </Alert>
      )}

      <Paper withBorder p="md" component="section" aria-labelledby="activity-facts">
        <Title order={2} size="h3" id="activity-facts" mb="sm">
          {t("detail.facts")}
        </Title>
        <SimpleGrid component="dl" cols={{ base: 1, xs: 2, md: 3 }} spacing="md" m={0}>
          <Fact label={t("detail.dates")}>
            <ActivityDates startsOn={a.startsOn} endsOn={a.endsOn} />
          </Fact>
          <Fact label={t("detail.type")}>{t(`types.${a.type}`)}</Fact>
          <Fact label={t("detail.pillars")}>
            <Stack gap={2} component="span">
              {a.pillars.map((pillar) => (
                <Anchor key={pillar} component={Link} to={`/pillars/${pillar}`}>
                  {t(`pillars.${pillar}`)}
                </Anchor>
              ))}
            </Stack>
          </Fact>
          <Fact label={t("detail.host")}>
            {a.host ? (
              <Anchor component={Link} to={`/municipalities/${a.host.id}`}>
                {municipalityName(a.host, language)}
              </Anchor>
            ) : (
              t("detail.noHost")
            )}
          </Fact>
          <Fact label={t("detail.status")}>{t(`statuses.${a.status}`)}</Fact>
          <Fact label={t("detail.visibility")}>{t(`visibility.${a.visibility}`)}</Fact>
          {a.location && <Fact label={t("detail.location")}>{a.location}</Fact>}
          {a.link && (
            <Fact label={t("detail.link")}>
              <Anchor href={a.link} target="_blank" rel="noopener noreferrer">
                <Group gap={4} component="span" wrap="nowrap">
                  {t("detail.openLink")}
                  <IconExternalLink size={14} aria-hidden="true" />
                  <VisuallyHidden>{t("detail.newWindow")}</VisuallyHidden>
                </Group>
              </Anchor>
            </Fact>
          )}
          {a.type === "funding" && a.fundingProgramme && (
            <Fact label={t("detail.fundingProgramme")}>{a.fundingProgramme}</Fact>
          )}
          {a.type === "funding" && a.fundingDeadline && (
            <Fact label={t("detail.fundingDeadline")}>
              <time dateTime={a.fundingDeadline}>
                {formatDate(a.fundingDeadline, language, "long")}
              </time>
            </Fact>
          )}
        </SimpleGrid>
      </Paper>

      <Stack gap="xs" component="section" aria-labelledby="activity-summary">
        <Title order={2} size="h3" id="activity-summary">
          {t("detail.summary")}
        </Title>
        <Text style={{ whiteSpace: "pre-wrap" }} lang="el">
          {a.summary}
        </Text>
      </Stack>

      <Stack gap="xs" component="section" aria-labelledby="activity-participants">
        <Title order={2} size="h3" id="activity-participants">
          {t("detail.participants")}
        </Title>
        {a.participants.length === 0 ? (
          <Text>{t("detail.noParticipants")}</Text>
        ) : (
          <Group gap="md" component="ul" style={{ listStyle: "none", padding: 0, margin: 0 }}>
            {a.participants.map((m) => (
              <li key={m.id}>
                <Anchor component={Link} to={`/municipalities/${m.id}`}>
                  {municipalityName(m, language)}
                </Anchor>
              </li>
            ))}
          </Group>
        )}
      </Stack>

      <Modal
        opened={confirming}
        onClose={() => setConfirming(false)}
        title={a.published ? t("detail.deleteTitle") : t("proposals.rejectTitle")}
        closeButtonProps={{ "aria-label": t("form.cancel") }}
      >
        <Stack gap="md">
          <Text>{t("detail.deleteText", { title: activityTitle(a, language) })}</Text>
          {remove.isError && (
            <Text size="sm" c="red.9" role="alert">
              {errorMessage(t, remove.error, "activities")}
            </Text>
          )}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={() => setConfirming(false)}>
              {t("form.cancel")}
            </Button>
            <Button
              color="red.9"
              loading={remove.isPending}
              onClick={() =>
                remove.mutate(a.id, {
                  onSuccess: () => {
                    setConfirming(false);
                    notify.success(t("detail.deleted"));
                    void navigate(a.published ? "/activities" : "/activities/proposals");
                  },
                })
              }
            >
              {a.published ? t("detail.delete") : t("proposals.reject")}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  );
}
