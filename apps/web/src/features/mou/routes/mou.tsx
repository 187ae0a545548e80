// /mou: the Memorandum of Understanding as updated on 17 June 2024, clause by clause, in
// Greek (the authentic text) with an English translation; adopted amendments are shown
// next to the clause they changed.
import type { MouClause } from "@cni/contracts/mou";
import {
  Anchor,
  Badge,
  Group,
  Paper,
  SimpleGrid,
  Skeleton,
  Stack,
  Text,
  Title,
} from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { ErrorState } from "@/components/error-state";
import { useDocumentTitle } from "@/hooks/use-document-title";
import { formatDate } from "@/lib/format";
import { useMou } from "../api/get-mou";

function athensDate(iso: string): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Athens" }).format(new Date(iso));
}

function Paragraphs({ text, lang }: { text: string; lang: string }) {
  return (
    <>
      {text
        .split("\n\n")
        .filter(Boolean)
        .map((p) => (
          <Text key={p.slice(0, 40)} lang={lang} mb="xs">
            {p}
          </Text>
        ))}
    </>
  );
}

function Clause({ clause }: { clause: MouClause }) {
  const { t, i18n } = useTranslation("mou");
  const language = i18n.language;
  const english = language === "en";
  const title = english ? clause.titleEn : clause.titleEl;
  const heading = clause.number === null ? title : t("article", { number: clause.number, title });
  const headingId = `clause-${clause.id}`;
  const other = english ? "el" : "en";

  return (
    <Stack
      gap="sm"
      component="section"
      id={clause.id}
      aria-labelledby={headingId}
      data-clause={clause.id}
    >
      <Title order={2} size="h3" id={headingId}>
        {heading}
      </Title>
      <SimpleGrid cols={{ base: 1, lg: clause.amendments.length ? 2 : 1 }} spacing="lg">
        <div>
          {clause.textEl && (
            <Paragraphs text={english ? clause.textEn : clause.textEl} lang={language} />
          )}
          {clause.items.length > 0 && (
            <ol style={{ marginTop: 0 }}>
              {clause.items.map((item) => (
                <li key={item.id} id={item.id}>
                  <Text lang={language}>{english ? item.textEn : item.textEl}</Text>
                </li>
              ))}
            </ol>
          )}
          {clause.textEl && (
            <details>
              <summary>
                <Text component="span" size="sm" c="blue.9">
                  {english ? t("showGreek") : t("showEnglish")}
                </Text>
              </summary>
              <Paragraphs text={english ? clause.textEl : clause.textEn} lang={other} />
              {clause.items.length > 0 && (
                <ol>
                  {clause.items.map((item) => (
                    <li key={item.id}>
                      <Text lang={other} size="sm">
                        {english ? item.textEl : item.textEn}
                      </Text>
                    </li>
                  ))}
                </ol>
              )}
            </details>
          )}
        </div>
        {clause.amendments.length > 0 && (
          <Stack gap="sm" aria-label={t("amendmentsOf", { clause: heading })} role="group">
            {clause.amendments.map((a) => (
              <Paper
                key={a.id}
                withBorder
                p="md"
                data-adopted-amendment={a.id}
                style={{ borderInlineStart: "4px solid var(--mantine-color-green-8)" }}
              >
                <Group gap="xs" mb="xs">
                  <Badge
                    tt="none"
                    radius="sm"
                    styles={{
                      root: {
                        color: "#1d5e2c",
                        background: "var(--mantine-color-green-0)",
                      },
                    }}
                  >
                    {t("adopted", { date: formatDate(athensDate(a.adoptedAt), language) })}
                  </Badge>
                  {a.clause !== clause.id && (
                    <Text size="xs" c="dimmed">
                      {t("item", { item: a.clause.split(".")[1] })}
                    </Text>
                  )}
                </Group>
                <Anchor component={Link} to={`/amendments/${a.id}`} fw={700}>
                  {a.title}
                </Anchor>
                <Text size="sm" mt="xs" style={{ whiteSpace: "pre-wrap" }}>
                  {a.proposedText}
                </Text>
                {a.decisionNote && (
                  <Text size="xs" c="dimmed" mt="xs">
                    {a.decisionNote}
                  </Text>
                )}
              </Paper>
            ))}
          </Stack>
        )}
      </SimpleGrid>
    </Stack>
  );
}

export function Component() {
  const { t, i18n } = useTranslation("mou");
  const language = i18n.language;
  useDocumentTitle(t("title"));
  const query = useMou();
  const mou = query.data;

  return (
    <Stack gap="xl" maw={1100}>
      <Stack gap="xs">
        <Title order={1}>{t("title")}</Title>
        {mou && (
          <Text size="lg" lang={language}>
            {language === "en" ? mou.titleEn : mou.titleEl}
          </Text>
        )}
        <Text>{t("intro", { date: formatDate("2024-06-17", language, "long") })}</Text>
        <Text size="sm" c="dimmed">
          {t("note")}
        </Text>
        <Anchor component={Link} to="/amendments" size="sm">
          {t("amendmentsLink")}
        </Anchor>
      </Stack>
      {query.isError && !mou ? (
        <ErrorState error={query.error} onRetry={() => void query.refetch()} />
      ) : !mou ? (
        <Stack aria-busy="true">
          <Skeleton height={120} />
          <Skeleton height={240} />
        </Stack>
      ) : (
        <>
          <nav aria-label={t("contents")}>
            <Title order={2} size="h4" mb="xs">
              {t("contents")}
            </Title>
            <Group gap="xs">
              {mou.clauses.map((c) => (
                <Anchor key={c.id} href={`#${c.id}`} size="sm">
                  {c.number === null
                    ? language === "en"
                      ? c.titleEn
                      : c.titleEl
                    : t("articleShort", { number: c.number })}
                </Anchor>
              ))}
            </Group>
          </nav>
          {mou.clauses.map((c) => (
            <Clause key={c.id} clause={c} />
          ))}
          <Text size="sm" c="dimmed">
            {t("source", { source: mou.source })}
          </Text>
        </>
      )}
    </Stack>
  );
}
