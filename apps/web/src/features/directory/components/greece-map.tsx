// SVG map of Greece with the municipalities as dots. Loaded on demand (React.lazy) with
// d3-geo and the outline cut out of world-atlas at build time (virtual:greece-outline):
// no tiles, no network. The table next to it is the accessible equivalent; the map is
// one image whose label counts the municipalities shown.

import { greece, neighbours } from "virtual:greece-outline";
import type { Municipality } from "@cni/contracts/municipalities";
import { MEMBERSHIP_STATUSES, type MembershipStatus } from "@cni/domain/enums";
import { Box, Group, Text } from "@mantine/core";
import { geoConicConformal, geoPath } from "d3-geo";
import type { Feature, MultiPolygon } from "geojson";
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { MEMBERSHIP_STATUS_MARKER } from "@/entities/membership/status";
import { municipalityName } from "@/entities/municipality/name";

const WIDTH = 600;
const HEIGHT = 540;
const PAD = 12;

const greeceFeature: Feature<MultiPolygon> = { type: "Feature", geometry: greece, properties: {} };

// Lambert conformal conic, centred on Greece, fitted to the country's outline.
const projection = geoConicConformal()
  .parallels([35, 41])
  .rotate([-24, 0])
  .fitExtent(
    [
      [PAD, PAD],
      [WIDTH - PAD, HEIGHT - PAD],
    ],
    greeceFeature,
  )
  .clipExtent([
    [0, 0],
    [WIDTH, HEIGHT],
  ]);
const path = geoPath(projection);
const greecePath = path(greece) ?? "";
const neighbourPaths = neighbours.map((n) => ({ id: n.id, d: path(n.geometry) ?? "" }));

/** Drawn last = on top: members under applicants and others, so the few stay visible. */
const DRAW_ORDER: MembershipStatus[] = ["former", "none", "member", "withdrawing", "applicant"];

type Props = {
  items: Municipality[];
  /** e.g. "18 μέλη, 1 υποψήφιο", already translated. */
  countsLabel: string;
};

export default function GreeceMap({ items, countsLabel }: Props) {
  const { t, i18n } = useTranslation("directory");
  const markers = useMemo(
    () =>
      items
        .filter((m) => m.lat !== null && m.lon !== null)
        .map((m) => {
          const point = projection([m.lon as number, m.lat as number]);
          return point ? { m, x: point[0], y: point[1] } : null;
        })
        .filter((marker) => marker !== null)
        .sort((a, b) => DRAW_ORDER.indexOf(a.m.status) - DRAW_ORDER.indexOf(b.m.status)),
    [items],
  );
  const present = MEMBERSHIP_STATUSES.filter((s) => items.some((m) => m.status === s));
  const label = items.length ? t("map.label", { counts: countsLabel }) : t("map.labelEmpty");

  return (
    <Box>
      <svg
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        role="img"
        aria-label={label}
        data-testid="greece-map"
        style={{ width: "100%", height: "auto", display: "block" }}
      >
        <rect width={WIDTH} height={HEIGHT} fill="#e7f5ff" />
        {neighbourPaths.map((n) => (
          <path key={n.id} d={n.d} fill="#f1f3f5" stroke="#ced4da" strokeWidth={0.75} />
        ))}
        <path d={greecePath} fill="#ffffff" stroke="#868e96" strokeWidth={0.75} />
        {markers.map(({ m, x, y }) => (
          <circle
            key={m.id}
            className="map-marker"
            cx={x}
            cy={y}
            r={m.status === "member" ? 6 : 7}
            fill={MEMBERSHIP_STATUS_MARKER[m.status]}
            data-status={m.status}
            data-municipality={m.id}
          >
            <title>{`${municipalityName(m, i18n.language)} — ${t(`status.${m.status}`)}`}</title>
          </circle>
        ))}
      </svg>
      {present.length > 0 && (
        <Group gap="md" mt="xs" aria-hidden="true">
          {present.map((status) => (
            <Group key={status} gap={6} wrap="nowrap">
              <svg width="14" height="14" viewBox="0 0 14 14" aria-hidden="true">
                <circle cx="7" cy="7" r="6" fill={MEMBERSHIP_STATUS_MARKER[status]} />
              </svg>
              <Text size="sm">{t(`status.${status}`)}</Text>
            </Group>
          ))}
        </Group>
      )}
    </Box>
  );
}
