import { Skeleton, Stack, VisuallyHidden } from "@mantine/core";
import { useTranslation } from "react-i18next";

/** Placeholder while a page's code or data loads. */
export function PageSkeleton() {
  const { t } = useTranslation("common");
  return (
    <Stack gap="md" aria-busy="true">
      <VisuallyHidden role="status">{t("loading")}</VisuallyHidden>
      <Skeleton height={36} width="40%" />
      <Skeleton height={16} width="70%" />
      <Skeleton height={220} />
    </Stack>
  );
}
