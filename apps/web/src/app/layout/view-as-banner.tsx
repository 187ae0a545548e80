// While a coordinator views the portal as an officer or representative (read-only,
// docs/decisions/113-view-as.md): on every page, who is viewed and a way back. Loaded only
// while viewing (its chunk stays out of the entry JS).
import { Button, Group, Text, VisuallyHidden } from "@mantine/core";
import { IconEye } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import { municipalityName } from "@/entities/municipality/name";
import { useSession } from "@/entities/session/get-session";
import { READ_ONLY_NOTE_ID } from "@/entities/session/read-only";
import { useStopViewAs } from "@/entities/session/view-as";
import { errorMessage } from "@/lib/errors";
import { formatSince } from "@/lib/format";
import { notify } from "@/lib/notify";

// Dark text on a light amber tint: well over 4.5:1, and unlike any status colour of the UI.
const STYLE = {
  background: "#fff3bf",
  border: "2px solid #7a4100",
  color: "#3d2a00",
  borderRadius: "var(--mantine-radius-sm)",
  padding: "0.75rem 1rem",
  marginBottom: "1rem",
};

export function ViewAsBanner() {
  const { t, i18n } = useTranslation("common");
  const viewAs = useSession().data?.viewAs;
  const stop = useStopViewAs();
  const navigate = useNavigate();
  if (!viewAs) return null;
  const { as } = viewAs;
  const language = i18n.language;
  const municipality =
    as.municipalityNameEl && as.municipalityNameEn
      ? `, ${municipalityName({ nameEl: as.municipalityNameEl, nameEn: as.municipalityNameEn }, language)}`
      : "";

  return (
    <section aria-label={t("viewAs.region")} style={STYLE} data-testid="view-as-banner">
      <Group justify="space-between" gap="sm" wrap="wrap" align="center">
        <Group gap="xs" wrap="nowrap" align="flex-start" style={{ minWidth: 0, flex: "1 1 16rem" }}>
          <IconEye size={22} aria-hidden="true" style={{ flex: "none" }} />
          <div style={{ minWidth: 0 }}>
            <Text fw={700} size="sm" style={{ overflowWrap: "anywhere" }}>
              {t("viewAs.banner", {
                name: as.name,
                role: t(`viewAs.role.${as.role}`),
                municipality,
              })}
            </Text>
            <Text size="sm">
              {t("viewAs.explain", { since: formatSince(viewAs.since, language) })}
            </Text>
            {/* what every disabled write control cites (aria-describedby) */}
            <VisuallyHidden id={READ_ONLY_NOTE_ID}>{t("viewAs.readOnlyHint")}</VisuallyHidden>
          </div>
        </Group>
        <Button
          size="sm"
          color="dark"
          loading={stop.isPending}
          onClick={() =>
            stop.mutate(undefined, {
              onSuccess: () => {
                notify.success(t("viewAs.stopped"));
                void navigate("/admin/users", { replace: true });
              },
              onError: (error) => notify.error(errorMessage(t, error)),
            })
          }
        >
          {t("viewAs.stop")}
        </Button>
      </Group>
    </section>
  );
}
