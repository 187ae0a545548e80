// The map's drawing: the projection (fitted at build time), the country's outline (one
// path, projected at build time, drawn once) and the layer of markers and clusters
// (redrawn only when the view or the list changes, never on hover). Used by greece-map.tsx.

import { fit, greecePath, neighbourPaths } from "virtual:greece-outline";
import type { Municipality } from "@cni/contracts/municipalities";
import type { MembershipStatus } from "@cni/domain/enums";
import { geoConicConformal } from "d3-geo";
import { memo } from "react";
import { MEMBERSHIP_STATUS_MARKER } from "@/entities/membership/status";
import type { MapCluster, MapView } from "../utils/map-clusters";
import classes from "./greece-map.module.css";

export const WIDTH = 600;
export const HEIGHT = 540;
export const WHOLE: MapView = { x: 0, y: 0, w: WIDTH, h: HEIGHT };
/** Markers closer than this (in map units at full view) would overlap: one cluster. */
export const CLUSTER_DISTANCE = 14;
export const MAX_ZOOM = 16;

// Lambert conformal conic, centred on Greece, as fitted to the country's outline by
// build/greece-outline-plugin.ts (keep the parallels and rotation equal to its MAP_*).
export const projection = geoConicConformal()
  .parallels([35, 41])
  .rotate([-24, 0])
  .scale(fit.scale)
  .translate(fit.translate);

/** Drawn last = on top: members under applicants and others, so the few stay visible. */
export const DRAW_ORDER: MembershipStatus[] = [
  "former",
  "none",
  "member",
  "withdrawing",
  "applicant",
];

export type Marker = { id: string; x: number; y: number; m: Municipality; label: string };
/** The country and its neighbours: drawn once, whatever the markers do. */
export const Outline = memo(function Outline() {
  return (
    <g>
      <rect width={WIDTH} height={HEIGHT} fill="#e7f5ff" />
      {neighbourPaths.map((n) => (
        <path
          key={n.id}
          d={n.d}
          fill="#f1f3f5"
          stroke="#ced4da"
          strokeWidth={0.75}
          vectorEffect="non-scaling-stroke"
        />
      ))}
      <path
        d={greecePath}
        fill="#ffffff"
        stroke="#868e96"
        strokeWidth={0.75}
        vectorEffect="non-scaling-stroke"
      />
    </g>
  );
});

type LayerProps = {
  clusters: MapCluster<Marker>[];
  zoom: number;
  onOpen: (m: Marker) => void;
  onCluster: (c: MapCluster<Marker>) => void;
  clusterLabel: (c: MapCluster<Marker>) => string;
};

/** The markers and clusters of one view; hovering or focusing one does not redraw them. */
export const MarkerLayer = memo(function MarkerLayer({
  clusters,
  zoom,
  onOpen,
  onCluster,
  clusterLabel,
}: LayerProps) {
  return (
    <g>
      {clusters.map((c) => {
        if (c.members.length === 1) {
          const { m, label, x, y, id } = c.members[0] as Marker;
          return (
            <a
              key={id}
              href={`/municipalities/${id}`}
              className={`${classes.marker} map-marker`}
              aria-label={label}
              data-label={label}
              data-municipality={id}
              data-status={m.status}
              onClick={(event) => {
                event.preventDefault();
                onOpen(c.members[0] as Marker);
              }}
            >
              <circle
                cx={x}
                cy={y}
                r={(m.status === "member" ? 6 : 7) / zoom}
                fill={MEMBERSHIP_STATUS_MARKER[m.status]}
                stroke="#fff"
                strokeWidth={1}
                vectorEffect="non-scaling-stroke"
              />
            </a>
          );
        }
        const label = clusterLabel(c);
        const r = (9 + Math.min(6, Math.log2(c.members.length) * 2)) / zoom;
        return (
          // biome-ignore lint/a11y/useSemanticElements: SVG has no <button>; this <g> is one
          <g
            key={`cluster-${c.members[0]?.id}`}
            role="button"
            tabIndex={0}
            className={`${classes.cluster} map-cluster`}
            aria-label={label}
            data-label={label}
            data-members={c.members.map((m) => m.id).join(" ")}
            onClick={() => onCluster(c)}
            onKeyDown={(event) => {
              if (event.key === "Enter" || event.key === " ") {
                event.preventDefault();
                onCluster(c);
              }
            }}
          >
            <circle
              cx={c.x}
              cy={c.y}
              r={r}
              fill="#1c3d5a"
              stroke="#fff"
              strokeWidth={1.5}
              vectorEffect="non-scaling-stroke"
            />
            <text
              x={c.x}
              y={c.y}
              dy="0.35em"
              textAnchor="middle"
              fill="#fff"
              fontSize={11 / zoom}
              fontWeight={700}
            >
              {c.members.length}
            </text>
          </g>
        );
      })}
    </g>
  );
});
