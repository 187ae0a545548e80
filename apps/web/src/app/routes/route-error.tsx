// Error boundary for the pages: the shell stays, the page says what happened.
import { Anchor, Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { isRouteErrorResponse, useRouteError } from "react-router";
import { isChunkLoadError } from "@/lib/chunk-load-error";
import { NotFoundPage } from "./not-found";

export function RouteError() {
  const error = useRouteError();
  const { t } = useTranslation("common");
  if (isRouteErrorResponse(error) && error.status === 404) return <NotFoundPage />;
  if (import.meta.env.DEV) console.error(error);
  // The page's code could not be downloaded: the connection, or a new release since this
  // tab opened (its old chunk names are gone). Reloading fixes both once the server answers.
  const chunk = isChunkLoadError(error);
  return (
    <Stack gap="md" maw={720} data-testid={chunk ? "chunk-error" : undefined}>
      <Title order={1}>{chunk ? t("routeError.chunkTitle") : t("routeError.title")}</Title>
      <Text>{chunk ? t("routeError.chunkText") : t("routeError.text")}</Text>
      <div>
        <Anchor component="button" type="button" onClick={() => window.location.reload()}>
          {t("routeError.reload")}
        </Anchor>
      </div>
    </Stack>
  );
}
