// Vite plugin: a virtual module `virtual:greece-outline` with only the shapes the directory
// map needs, cut out of world-atlas at build time. Shipping world-atlas itself would put
// 0.7–3.7 MB of JSON in the browser; this module is ~20 KB gzipped and needs no network.
// The outlines are also projected here, at build time, into SVG path strings, with the
// projection's fitted scale and translation: the browser no longer fits the projection and
// draws the country's polygons at load (≈ 100 ms of main thread on the bench machine), it
// only projects the markers.
import { createRequire } from "node:module";
import { geoConicConformal, geoPath } from "d3-geo";
import type { Feature, Geometry, MultiPolygon, Polygon, Position } from "geojson";
import { feature } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
import type { Plugin } from "vite";

const VIRTUAL_ID = "virtual:greece-outline";
const RESOLVED_ID = `\0${VIRTUAL_ID}`;

/** ISO 3166-1 numeric ids in world-atlas: Greece and the neighbours drawn for context. */
const GREECE = "300";
const NEIGHBOURS = ["008", "807", "100", "792"]; // Albania, North Macedonia, Bulgaria, Türkiye

/** Longitude/latitude box around Greece; neighbour rings outside it are dropped. */
const BOX = { west: 18.5, south: 34, east: 30.5, north: 42.6 };

type Rings = Position[][];

/**
 * The map's frame and projection (Lambert conformal conic centred on Greece). The browser
 * builds the same projection from these and the fitted `fit` (greece-map-layers.tsx).
 */
export const MAP_FRAME = { width: 600, height: 540, pad: 12 };
export const MAP_PARALLELS: [number, number] = [35, 41];
export const MAP_ROTATE: [number, number] = [-24, 0];

function round(ring: Position[], decimals: number): Position[] {
  const factor = 10 ** decimals;
  const out: Position[] = [];
  for (const [x = 0, y = 0] of ring) {
    const point = [Math.round(x * factor) / factor, Math.round(y * factor) / factor];
    const last = out[out.length - 1];
    if (!last || last[0] !== point[0] || last[1] !== point[1]) out.push(point);
  }
  return out;
}

function touchesBox(ring: Position[]): boolean {
  return ring.some(
    ([x = 0, y = 0]) => x >= BOX.west && x <= BOX.east && y >= BOX.south && y <= BOX.north,
  );
}

function simplify(geometry: Geometry, decimals: number, clip: boolean): MultiPolygon {
  const polygons: Rings[] =
    geometry.type === "MultiPolygon"
      ? geometry.coordinates
      : geometry.type === "Polygon"
        ? [geometry.coordinates]
        : [];
  const coordinates = polygons
    .filter((polygon) => !clip || (polygon[0] !== undefined && touchesBox(polygon[0])))
    .map((polygon) => polygon.map((ring) => round(ring, decimals)).filter((r) => r.length >= 4))
    .filter((polygon) => polygon.length > 0);
  return { type: "MultiPolygon", coordinates };
}

function load(file: string) {
  const require = createRequire(import.meta.url);
  const topology = require(`world-atlas/${file}`) as Topology<{
    countries: GeometryCollection<{ name: string }>;
  }>;
  const byId = (id: string) => {
    const geometry = topology.objects.countries.geometries.find((g) => g.id === id);
    if (!geometry) throw new Error(`world-atlas/${file} has no country ${id}`);
    return feature(topology, geometry) as Feature<Polygon | MultiPolygon, { name: string }>;
  };
  return byId;
}

export function greeceOutline(): Plugin {
  return {
    name: "cni:greece-outline",
    resolveId(id) {
      return id === VIRTUAL_ID ? RESOLVED_ID : undefined;
    },
    load(id) {
      if (id !== RESOLVED_ID) return undefined;
      const fine = load("countries-10m.json");
      const coarse = load("countries-50m.json");
      const greece = simplify(fine(GREECE).geometry, 2, false);
      const neighbours = NEIGHBOURS.map((code) => ({
        id: code,
        geometry: simplify(coarse(code).geometry, 2, true),
      }));
      const { width, height, pad } = MAP_FRAME;
      const projection = geoConicConformal()
        .parallels(MAP_PARALLELS)
        .rotate(MAP_ROTATE)
        .fitExtent(
          [
            [pad, pad],
            [width - pad, height - pad],
          ],
          { type: "Feature", geometry: greece, properties: {} },
        );
      const fit = { scale: projection.scale(), translate: projection.translate() };
      projection.clipExtent([
        [0, 0],
        [width, height],
      ]);
      const path = geoPath(projection).digits(1);
      const greecePath = path(greece) ?? "";
      const neighbourPaths = neighbours.map((n) => ({ id: n.id, d: path(n.geometry) ?? "" }));
      return [
        `export const fit = ${JSON.stringify(fit)};`,
        `export const greecePath = ${JSON.stringify(greecePath)};`,
        `export const neighbourPaths = ${JSON.stringify(neighbourPaths)};`,
        "",
      ].join("\n");
    },
  };
}
