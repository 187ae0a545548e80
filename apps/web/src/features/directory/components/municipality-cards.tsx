// The directory on a phone: one card per municipality instead of a four-column table, so
// nothing scrolls sideways at 360 px. Same facts, same order, same links as the table.
import type { Municipality } from "@cni/contracts/municipalities";
import { Anchor, Badge, Group, Paper, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { municipalityName } from "@/entities/municipality/name";
import { regionalUnitLabel, regionLabel } from "../utils/municipality";
import { MemberSinceText } from "./member-since-text";
import { MunicipalityStatus } from "./municipality-status";

type Props = {
  items: Municipality[];
  stale?: boolean;
  asOf?: string;
};

export function MunicipalityCards({ items, stale = false, asOf }: Props) {
  const { t, i18n } = useTranslation("directory");
  const language = i18n.language;
  return (
    <Stack
      component="ul"
      gap="xs"
      p={0}
      m={0}
      aria-label={t("table.caption")}
      aria-busy={stale || undefined}
      data-testid="municipality-cards"
      style={{ listStyle: "none", opacity: stale ? 0.6 : 1, transition: "opacity 150ms" }}
    >
      {items.map((m) => (
        <Paper component="li" key={m.id} withBorder p="sm" data-municipality={m.id}>
          <Stack gap={6}>
            <Group gap="xs" wrap="wrap">
              <Anchor component={Link} to={`/municipalities/${m.id}`} fw={700}>
                {municipalityName(m, language)}
              </Anchor>
              {m.founding && (
                <Badge variant="outline" color="blue.9" size="sm" tt="none">
                  {t("table.founding")}
                </Badge>
              )}
            </Group>
            <Text size="sm">
              {regionLabel(m, language)}
              <Text component="span" size="sm" c="dimmed">
                {` · ${regionalUnitLabel(m, language)}`}
              </Text>
            </Text>
            <div>
              <MunicipalityStatus municipality={m} asOf={asOf} />
            </div>
            <Text size="sm">
              {`${t("table.memberSince")}: `}
              <MemberSinceText
                memberSince={m.memberSince}
                memberSinceOnOrBefore={m.memberSinceOnOrBefore}
              />
            </Text>
          </Stack>
        </Paper>
      ))}
    </Stack>
  );
}
