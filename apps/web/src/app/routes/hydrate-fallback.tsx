import { Center, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";

/** Shown on the very first load while the first page's code arrives. */
export function HydrateFallback() {
  const { t } = useTranslation("common");
  return (
    <Center h="100dvh">
      <Text role="status">{t("loading")}</Text>
    </Center>
  );
}
