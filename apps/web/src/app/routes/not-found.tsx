import { Anchor, Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useDocumentTitle } from "@/lib/use-document-title";

export function NotFoundPage() {
  const { t } = useTranslation("common");
  useDocumentTitle(t("notFound.title"));
  return (
    <Stack gap="md" maw={720}>
      <Title order={1}>{t("notFound.title")}</Title>
      <Text>{t("notFound.text")}</Text>
      <Anchor component={Link} to="/">
        {t("notFound.home")}
      </Anchor>
    </Stack>
  );
}
