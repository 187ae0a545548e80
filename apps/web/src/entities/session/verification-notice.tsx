// Tells a self-registered officer where its account stands: waiting for a coordinator to
// verify it (it may only draft the declaration meanwhile), or refused, with the reason.
import { Alert, Anchor, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useSession } from "./get-session";

// Mantine's light alert titles (yellow 9, red 6) are under 4.5:1 on their tints: darker ones.
const AA_TITLE = { pending: "#7a4100", refused: "#a51d1d" };

export function VerificationNotice() {
  const { t } = useTranslation("common");
  const user = useSession().data?.user;
  if (!user || user.verification === "verified") return null;
  if (user.verification === "refused") {
    return (
      <Alert
        color="red"
        role="status"
        title={t("verification.refusedTitle")}
        mb="md"
        styles={{ title: { color: AA_TITLE.refused } }}
      >
        {user.refusalReason
          ? t("verification.refusedReason", { reason: user.refusalReason })
          : null}
      </Alert>
    );
  }
  return (
    <Alert
      color="yellow"
      role="status"
      title={t("verification.pendingTitle")}
      mb="md"
      styles={{ title: { color: AA_TITLE.pending } }}
    >
      <Text size="sm">
        {t("verification.pendingBody")}{" "}
        <Anchor component={Link} to="/accession" size="sm">
          {t("verification.draft")}
        </Anchor>
      </Text>
    </Alert>
  );
}
