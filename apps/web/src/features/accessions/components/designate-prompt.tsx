// After the declaration is notified, the municipality is a party; designating its
// representative and alternate is then a duty of the party (not a condition of joining).
// Until both are designated, the officer is asked to designate them; everyone else sees
// "to be designated".
import { Alert, Anchor, List, Text } from "@mantine/core";
import { IconUserExclamation } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useDesignations } from "@/entities/municipality/designations";

// Mantine's orange 9 is 3.6:1 on the alert's tint; this keeps WCAG AA (≥ 6.9:1).
const DARK_ORANGE = "#8a2c00";

type Props = { municipalityId: string; isOfficer: boolean };

export function DesignatePrompt({ municipalityId, isOfficer }: Props) {
  const { t } = useTranslation("accessions");
  const designations = useDesignations(municipalityId);
  const current = designations.data;
  if (!current) return null;
  const missing = (["representative", "alternate"] as const).filter((role) => !current[role]);
  if (missing.length === 0) return null;
  return (
    <Alert
      color="orange"
      variant="light"
      icon={<IconUserExclamation aria-hidden="true" />}
      title={t("designate.title")}
      styles={{ title: { color: DARK_ORANGE } }}
      data-testid="designate-prompt"
    >
      <Text size="sm" mb="xs">
        {isOfficer ? t("designate.officerText") : t("designate.text")}
      </Text>
      <List size="sm" mb={isOfficer ? "xs" : 0}>
        {(["representative", "alternate"] as const).map((role) => (
          <List.Item key={role}>
            {t(`persons.${role}`)}:{" "}
            {current[role] ? current[role].name : <strong>{t("designate.toBeDesignated")}</strong>}
          </List.Item>
        ))}
      </List>
      {isOfficer && (
        <Anchor
          component={Link}
          to={`/municipalities/${encodeURIComponent(municipalityId)}#municipality-designations`}
          fw={600}
          c={DARK_ORANGE}
          underline="always"
        >
          {t("designate.action")}
        </Anchor>
      )}
    </Alert>
  );
}
