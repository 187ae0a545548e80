// Error boundary for the pages: the shell stays, the page says what happened.
import { Anchor, Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { isRouteErrorResponse, useRouteError } from "react-router";
import { NotFoundPage } from "./not-found";

export function RouteError() {
  const error = useRouteError();
  const { t } = useTranslation("common");
  if (isRouteErrorResponse(error) && error.status === 404) return <NotFoundPage />;
  if (import.meta.env.DEV) console.error(error);
  return (
    <Stack gap="md" maw={720}>
      <Title order={1}>{t("routeError.title")}</Title>
      <Text>{t("routeError.text")}</Text>
      <div>
        <Anchor component="button" type="button" onClick={() => window.location.reload()}>
          {t("routeError.reload")}
        </Anchor>
      </div>
    </Stack>
  );
}
