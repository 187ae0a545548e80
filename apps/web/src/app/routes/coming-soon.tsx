// Placeholder for sections that are not built yet, so no navigation link is dead.
// The route's `handle.section` says which section (see app/router.tsx).
import { Anchor, Badge, Group, Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link, useMatches } from "react-router";
import { useDocumentTitle } from "@/hooks/use-document-title";

export type ComingSoonHandle = {
  section: "activities" | "reviews" | "amendments" | "mou" | "signIn";
};

function isComingSoonHandle(handle: unknown): handle is ComingSoonHandle {
  return typeof handle === "object" && handle !== null && "section" in handle;
}

export function ComingSoonPage() {
  const { t } = useTranslation("common");
  const matches = useMatches();
  const handle = matches.map((m) => m.handle).findLast(isComingSoonHandle);
  const section = handle?.section ?? "activities";
  const title = t(`nav.${section}`);
  useDocumentTitle(title);

  return (
    <Stack gap="md" maw={720} data-coming-soon={section}>
      <Group gap="sm" align="center">
        <Title order={1}>{title}</Title>
        <Badge variant="outline" color="gray.8" size="lg" tt="none">
          {t("comingSoon.badge")}
        </Badge>
      </Group>
      <Text size="lg">{t(`comingSoon.${section}`)}</Text>
      <Text>{t("comingSoon.text")}</Text>
      <Anchor component={Link} to="/municipalities">
        {t("comingSoon.backToMembers")}
      </Anchor>
    </Stack>
  );
}
