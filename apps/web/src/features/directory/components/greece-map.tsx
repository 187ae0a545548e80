// SVG map of Greece with the municipalities as markers. Loaded on demand (React.lazy) with
// d3-geo and the outline cut out of world-atlas at build time (virtual:greece-outline):
// no tiles, no network; the country is one path, projected once. Each marker is a link to
// the municipality (Tab reaches it, its name shows on hover and focus); markers that would
// overlap are one cluster with a count, which zooms in when activated, or — when zooming
// cannot separate them — lists its members. The table is the full accessible equivalent.

import type { Municipality } from "@cni/contracts/municipalities";
import { MEMBERSHIP_STATUSES } from "@cni/domain/enums";
import { Anchor, Box, Button, CloseButton, Group, List, Paper, Text } from "@mantine/core";
import { useEffect, useMemo, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate } from "react-router";
import { MEMBERSHIP_STATUS_MARKER } from "@/entities/membership/status";
import { municipalityName } from "@/entities/municipality/name";
import { clusterPoints, type MapCluster, type MapView, viewAround } from "../utils/map-clusters";
import classes from "./greece-map.module.css";
import {
  CLUSTER_DISTANCE,
  DRAW_ORDER,
  HEIGHT,
  MAX_ZOOM,
  type Marker,
  MarkerLayer,
  Outline,
  projection,
  WHOLE,
  WIDTH,
} from "./greece-map-layers";

type Hover = { x: number; y: number; text: string };

type Props = {
  items: Municipality[];
  /** e.g. "18 μέλη, 1 υποψήφιο", already translated. */
  countsLabel: string;
};

export default function GreeceMap({ items, countsLabel }: Props) {
  const { t, i18n } = useTranslation("directory");
  const language = i18n.language;
  const navigate = useNavigate();
  const svgRef = useRef<SVGSVGElement>(null);
  const [view, setView] = useState<MapView>(WHOLE);
  const [hover, setHover] = useState<Hover | null>(null);
  const [together, setTogether] = useState<Marker[] | null>(null);
  const [focusId, setFocusId] = useState<string | null>(null);
  const zoom = WIDTH / view.w;

  const markers = useMemo(() => {
    // one translation per status, not per marker (400 markers at the bench's size)
    const statusLabel = Object.fromEntries(
      MEMBERSHIP_STATUSES.map((status) => [status, t(`status.${status}`)]),
    );
    return items
      .filter((m) => m.lat !== null && m.lon !== null)
      .map((m): Marker | null => {
        const point = projection([m.lon as number, m.lat as number]);
        if (!point) return null;
        const label = `${municipalityName(m, language)} — ${statusLabel[m.status]}`;
        return { id: m.id, x: point[0], y: point[1], m, label };
      })
      .filter((marker) => marker !== null)
      .sort((a, b) => DRAW_ORDER.indexOf(a.m.status) - DRAW_ORDER.indexOf(b.m.status));
  }, [items, language, t]);
  const clusters = useMemo(() => clusterPoints(markers, CLUSTER_DISTANCE / zoom), [markers, zoom]);

  // New filters: back to the whole country.
  // biome-ignore lint/correctness/useExhaustiveDependencies: only a new list resets the view
  useEffect(() => {
    setView(WHOLE);
    setTogether(null);
  }, [items]);

  // After zooming into a cluster, keyboard focus goes to what its first member became.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs once the new clusters are drawn
  useEffect(() => {
    if (!focusId || !svgRef.current) return;
    const target = svgRef.current.querySelector<SVGElement>(
      `[data-municipality="${CSS.escape(focusId)}"], [data-members~="${CSS.escape(focusId)}"]`,
    );
    target?.focus();
    setFocusId(null);
  }, [focusId, clusters]);

  const callbacks = useMemo(
    () => ({
      onOpen: (m: Marker) => navigate(`/municipalities/${m.id}`),
      onCluster: (c: MapCluster<Marker>) => {
        if (zoom >= MAX_ZOOM) {
          setTogether(c.members);
          return;
        }
        const next = viewAround(c.members, { width: WIDTH, height: HEIGHT }, WIDTH / MAX_ZOOM);
        setHover(null);
        setView(next);
        setFocusId(c.members[0]?.id ?? null);
      },
      clusterLabel: (c: MapCluster<Marker>) =>
        t("map.cluster", {
          count: c.members.length,
          names: c.members.map((m) => municipalityName(m.m, language)).join(", "),
        }),
    }),
    [navigate, zoom, t, language],
  );

  // One label for the marker or cluster under the pointer or with focus (event delegation).
  const showLabel = (target: EventTarget) => {
    const element = (target as Element).closest?.("[data-label]");
    const circle = element?.querySelector("circle");
    if (!element || !circle) return;
    const x = Number(circle.getAttribute("cx"));
    const y = Number(circle.getAttribute("cy"));
    setHover({ x, y, text: element.getAttribute("data-label") ?? "" });
  };

  const present = MEMBERSHIP_STATUSES.filter((s) => items.some((m) => m.status === s));
  const label = items.length ? t("map.label", { counts: countsLabel }) : t("map.labelEmpty");
  const left = hover ? ((hover.x - view.x) / view.w) * 100 : 0;
  const top = hover ? ((hover.y - view.y) / view.h) * 100 : 0;

  return (
    <Box>
      <div className={classes.map}>
        {/* biome-ignore lint/a11y/useSemanticElements: an SVG's links are grouped with role="group" */}
        <svg
          ref={svgRef}
          viewBox={`${view.x} ${view.y} ${view.w} ${view.h}`}
          role="group"
          aria-label={label}
          data-testid="greece-map"
          style={{ width: "100%", height: "auto", display: "block" }}
          onMouseOver={(event) => showLabel(event.target)}
          onFocus={(event) => showLabel(event.target)}
          onMouseLeave={() => setHover(null)}
          onBlur={() => setHover(null)}
          onKeyDown={(event) => {
            if (event.key === "Escape" && zoom > 1) setView(WHOLE);
          }}
        >
          <Outline />
          <MarkerLayer clusters={clusters} zoom={zoom} {...callbacks} />
        </svg>
        {hover && (
          <div
            className={classes.label}
            aria-hidden="true"
            data-testid="map-label"
            style={{
              left: `${left}%`,
              top: `${top}%`,
              transform: `translate(${left > 65 ? "-100%" : left < 35 ? "0" : "-50%"}, calc(-100% - 10px))`,
            }}
          >
            {hover.text}
          </div>
        )}
        {zoom > 1 && (
          <Button
            className={classes.reset}
            size="xs"
            variant="default"
            onClick={() => {
              setView(WHOLE);
              setTogether(null);
            }}
          >
            {t("map.reset")}
          </Button>
        )}
      </div>
      {together && (
        <Paper withBorder p="sm" mt="xs" data-testid="map-together">
          <Group justify="space-between" wrap="nowrap" align="flex-start">
            <Text size="sm" fw={700}>
              {t("map.together")}
            </Text>
            <CloseButton aria-label={t("map.closeTogether")} onClick={() => setTogether(null)} />
          </Group>
          <List size="sm">
            {together.map((m) => (
              <List.Item key={m.id}>
                <Anchor component={Link} to={`/municipalities/${m.id}`}>
                  {m.label}
                </Anchor>
              </List.Item>
            ))}
          </List>
        </Paper>
      )}
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
          {clusters.some((c) => c.members.length > 1) && (
            <Group gap={6} wrap="nowrap">
              <svg width="14" height="14" viewBox="0 0 14 14" aria-hidden="true">
                <circle cx="7" cy="7" r="6" fill="#1c3d5a" />
              </svg>
              <Text size="sm">{t("map.clusterLegend")}</Text>
            </Group>
          )}
        </Group>
      )}
    </Box>
  );
}
