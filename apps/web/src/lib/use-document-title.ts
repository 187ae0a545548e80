import { useEffect } from "react";
import { useTranslation } from "react-i18next";

/** Sets `<title>` to "Page · Network name" while the page is shown. */
export function useDocumentTitle(title: string | undefined): void {
  const { t } = useTranslation("common");
  const appName = t("appName");
  useEffect(() => {
    document.title = title ? `${title} · ${appName}` : appName;
  }, [title, appName]);
}
