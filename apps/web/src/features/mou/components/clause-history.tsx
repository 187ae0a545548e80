// "Amended on … by amendment …" under a clause or item, each with its change on demand.
import type { MouChange } from "@cni/contracts/mou";
import { Anchor, Loader, Paper, Stack, Text } from "@mantine/core";
import { lazy, Suspense, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { formatDate } from "@/lib/format";

const TextDiff = lazy(() => import("./text-diff"));

function Change({ change }: { change: MouChange }) {
  const { t, i18n } = useTranslation("mou");
  const language = i18n.language;
  const [open, setOpen] = useState(false);
  return (
    <Paper
      withBorder
      p="sm"
      data-history-amendment={change.amendmentId}
      style={{ borderInlineStart: "4px solid var(--mantine-color-green-8)" }}
    >
      <Text size="sm">
        {t("history.amendedOn", { date: formatDate(change.adoptedOn, language, "long") })}{" "}
        <Anchor component={Link} to={`/amendments/${change.amendmentId}`}>
          «{change.title}»
        </Anchor>{" "}
        {t("history.proposedBy", {
          municipality: language === "en" ? change.proposerNameEn : change.proposerNameEl,
        })}
      </Text>
      <details onToggle={(event) => setOpen(event.currentTarget.open)}>
        <summary>
          <Text component="span" size="sm" c="blue.9">
            {t("history.showChange")}
          </Text>
        </summary>
        {open && (
          <Suspense fallback={<Loader size="sm" aria-label={t("history.loading")} />}>
            <TextDiff before={change.previousTextEl} after={change.textEl} />
          </Suspense>
        )}
      </details>
    </Paper>
  );
}

export function ClauseHistory({ history }: { history: MouChange[] }) {
  if (history.length === 0) return null;
  return (
    <Stack gap="xs" mt="xs">
      {history.map((change) => (
        <Change key={change.amendmentId} change={change} />
      ))}
    </Stack>
  );
}
