// /mou: the Memorandum of Understanding in force on a day (default today): the 2024 text,
// in Greek (the text that counts) with an English translation, plus the amendments every
// party had consented to by then, each clause with its history and the change on demand.

import type { MouClause } from "@cni/contracts/mou";
import { mouQuery } from "@cni/contracts/mou";
import { Alert, Anchor, Group, Skeleton, Stack, Text, Title } from "@mantine/core";
import { IconInfoCircle } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { AsOfDateInput } from "@/components/as-of-date-input";
import { ErrorState } from "@/components/error-state";
import { formatDate } from "@/lib/format";
import { useSearchState } from "@/lib/search-state";
import { useDocumentTitle } from "@/lib/use-document-title";
import { useMou } from "../api/get-mou";
import { ClauseHistory } from "../components/clause-history";

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
  const english = i18n.language === "en";
  const title = english ? clause.titleEn : clause.titleEl;
  const heading = clause.number === null ? title : t("article", { number: clause.number, title });
  const headingId = `clause-${clause.id}`;
  // The English translation is of the 2024 text: an amended Greek text has none.
  const shown = (el: string, en: string | null) => (english && en !== null ? en : el);
  const langOf = (en: string | null) => (english && en !== null ? "en" : "el");

  return (
    <Stack
      gap="sm"
      component="section"
      id={clause.id}
      aria-labelledby={headingId}
      data-clause={clause.id}
      style={{ overflowWrap: "anywhere" }}
    >
      <Title order={2} size="h3" id={headingId}>
        {heading}
      </Title>
      {clause.textEl && (
        <div data-testid={`clause-text-${clause.id}`}>
          <Paragraphs text={shown(clause.textEl, clause.textEn)} lang={langOf(clause.textEn)} />
          {english && clause.textEn === null && (
            <Text size="xs" c="dimmed">
              {t("untranslated")}
            </Text>
          )}
        </div>
      )}
      <ClauseHistory history={clause.history} />
      {clause.items.length > 0 && (
        <ol style={{ marginTop: 0, paddingInlineStart: "1.5rem" }}>
          {clause.items.map((item) => (
            <li key={item.id} id={item.id} data-testid={`clause-text-${item.id}`}>
              <Text lang={langOf(item.textEn)}>{shown(item.textEl, item.textEn)}</Text>
              <ClauseHistory history={item.history} />
            </li>
          ))}
        </ol>
      )}
      {clause.textEl && english && clause.textEn !== null && (
        <details>
          <summary>
            <Text component="span" size="sm" c="blue.9">
              {t("showGreek")}
            </Text>
          </summary>
          <Paragraphs text={clause.textEl} lang="el" />
        </details>
      )}
    </Stack>
  );
}

export function Component() {
  const { t, i18n } = useTranslation("mou");
  const language = i18n.language;
  useDocumentTitle(t("title"));
  const [search, setSearch] = useSearchState(mouQuery);
  const asOf = search.asOf ?? null;
  const query = useMou(asOf);
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
        <Alert
          variant="light"
          color="blue"
          icon={<IconInfoCircle size={18} aria-hidden="true" />}
          title={t("sourceTitle")}
        >
          <Text size="sm">{t("sourceNote")}</Text>
          <Text size="sm" mt="xs">
            {t("numbersNote")}
          </Text>
        </Alert>
        <AsOfDateInput
          namespace="mou"
          min="2024-06-17"
          testId="mou-as-of"
          value={asOf}
          onChange={(next) => setSearch({ asOf: next })}
        />
        {mou && (
          <Text data-testid="mou-in-force">
            {t("inForce", {
              date: formatDate(mou.asOf, language, "long"),
              count: mou.amendmentsInForce,
            })}
          </Text>
        )}
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
