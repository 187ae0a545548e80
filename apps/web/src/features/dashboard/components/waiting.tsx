// What waits on the coordinators (issue 15 item 9), first on the dashboard: declarations to
// check (since when, in days), review cycles past their due date (evaluations missing), and
// the parties with notices not yet acknowledged — each with a link to where it is handled.
import type { Dashboard } from "@cni/contracts/dashboard";
import { Anchor, Paper, Stack, Text, Title } from "@mantine/core";
import { IconAlertTriangle, IconCircleCheck } from "@tabler/icons-react";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { municipalityName } from "@/entities/municipality/name";
import { formatDate, formatInstantDate } from "@/lib/format";

function Group({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id}>
      <Title order={3} size="h5" id={id} mb={4}>
        {title}
      </Title>
      <Stack gap={4} component="ul" style={{ paddingInlineStart: "1.2rem", margin: 0 }}>
        {children}
      </Stack>
    </section>
  );
}

export function Waiting({ data }: { data: Dashboard }) {
  const { t, i18n } = useTranslation("dashboard");
  const language = i18n.language;
  const { declarations, overdueReviews } = data.waiting;
  const notices = data.unacknowledgedNotices;
  const nothing = declarations.length === 0 && overdueReviews.length === 0 && notices.length === 0;

  return (
    <Paper
      withBorder
      p="md"
      component="section"
      aria-labelledby="dashboard-waiting"
      data-testid="dashboard-waiting"
      style={{ borderColor: nothing ? undefined : "var(--mantine-color-orange-9)" }}
    >
      <Title order={2} size="h4" id="dashboard-waiting" mb="sm">
        {nothing ? (
          <IconCircleCheck size={20} aria-hidden="true" style={{ verticalAlign: "-3px" }} />
        ) : (
          <IconAlertTriangle size={20} aria-hidden="true" style={{ verticalAlign: "-3px" }} />
        )}{" "}
        {t("waiting.title")}
      </Title>
      {nothing ? (
        <Text size="sm">{t("waiting.nothing")}</Text>
      ) : (
        <Stack gap="md">
          {declarations.length > 0 && (
            <Group
              id="waiting-declarations"
              title={t("waiting.declarations", { count: declarations.length })}
            >
              {declarations.map((d) => (
                <li key={d.accessionId} data-testid="waiting-declaration">
                  <Anchor
                    component={Link}
                    to={`/admin/accessions/${encodeURIComponent(d.accessionId)}`}
                    size="sm"
                    fw={600}
                  >
                    {municipalityName(d, language)}
                  </Anchor>
                  <Text component="span" size="sm">
                    {" · "}
                    {d.submittedOn && d.days !== null
                      ? t("waiting.since", {
                          date: formatDate(d.submittedOn, language),
                          count: d.days,
                        })
                      : t("waiting.sinceUnknown")}
                  </Text>
                </li>
              ))}
            </Group>
          )}
          {overdueReviews.length > 0 && (
            <Group
              id="waiting-reviews"
              title={t("waiting.reviews", { count: overdueReviews.length })}
            >
              {overdueReviews.map((r) => (
                <li key={r.dueOn} data-testid="waiting-review">
                  <Anchor component={Link} to={`/reviews/${r.dueOn}`} size="sm" fw={600}>
                    {t("review.cycle", { date: formatDate(r.dueOn, language) })}
                  </Anchor>
                  <Text component="span" size="sm">
                    {" · "}
                    {t("waiting.overdue", { count: r.daysOverdue })}
                    {" · "}
                    {t("waiting.missing", { missing: r.missing, expected: r.expected })}
                  </Text>
                </li>
              ))}
            </Group>
          )}
          {notices.length > 0 && (
            <Group id="waiting-notices" title={t("waiting.notices")}>
              {notices.slice(0, 5).map((n) => (
                <li key={n.municipalityId} data-testid="waiting-notice">
                  <Anchor
                    component={Link}
                    to={`/municipalities/${encodeURIComponent(n.municipalityId)}`}
                    size="sm"
                    fw={600}
                  >
                    {municipalityName(n, language)}
                  </Anchor>
                  <Text component="span" size="sm">
                    {" · "}
                    {t("waiting.unacknowledged", {
                      count: n.count,
                      date: formatInstantDate(n.oldestSentAt, language),
                    })}
                  </Text>
                </li>
              ))}
              {notices.length > 5 && (
                <li>
                  <Anchor href="#dashboard-notices" size="sm">
                    {t("waiting.allNotices", { count: notices.length })}
                  </Anchor>
                </li>
              )}
            </Group>
          )}
        </Stack>
      )}
    </Paper>
  );
}
