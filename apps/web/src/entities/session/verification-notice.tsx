// Tells a self-registered officer where its account stands: waiting for a coordinator to
// verify it (it may only draft the declaration meanwhile), or refused, with the reason.
import { Alert, Anchor, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useSession } from "./get-session";

export function VerificationNotice() {
  const { t } = useTranslation("common");
  const user = useSession().data?.user;
  if (!user || user.verification === "verified") return null;
  if (user.verification === "refused") {
    return (
      <Alert color="red" role="status" title={t("verification.refusedTitle")} mb="md">
        {user.refusalReason
          ? t("verification.refusedReason", { reason: user.refusalReason })
          : null}
      </Alert>
    );
  }
  return (
    <Alert color="yellow" role="status" title={t("verification.pendingTitle")} mb="md">
      <Text size="sm">
        {t("verification.pendingBody")}{" "}
        <Anchor component={Link} to="/accession" size="sm">
          {t("verification.draft")}
        </Anchor>
      </Text>
    </Alert>
  );
}
