// Shown instead of content that needs a signed-in member or coordinator. The link is blue.9:
// blue.8 on the light alert is 4.06:1, under AA.
import { Alert, Anchor, Text } from "@mantine/core";
import { IconLock } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";

export function SignInPrompt({ title, text }: { title: string; text: string }) {
  const { t } = useTranslation("common");
  return (
    <Alert color="blue" variant="light" icon={<IconLock aria-hidden="true" />} title={title}>
      <Text size="sm">{text}</Text>
      <Anchor component={Link} to="/sign-in" size="sm" fw={700} c="blue.9">
        {t("nav.signIn")}
      </Anchor>
    </Alert>
  );
}
