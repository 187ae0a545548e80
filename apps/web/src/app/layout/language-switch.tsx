import { UnstyledButton } from "@mantine/core";
import { IconLanguage } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { changeLanguage, isLanguage } from "@/lib/i18n";
import classes from "./shell.module.css";

/** One button that switches to the other language; the choice is kept in localStorage. */
export function LanguageSwitch() {
  const { t } = useTranslation("common");
  const target = t("language.switchToLang");
  return (
    <UnstyledButton
      className={classes.langButton}
      lang={target}
      aria-label={t("language.switchLabel")}
      onClick={() => {
        if (isLanguage(target)) void changeLanguage(target);
      }}
    >
      <IconLanguage size={18} aria-hidden="true" />
      {t("language.switchTo")}
    </UnstyledButton>
  );
}
