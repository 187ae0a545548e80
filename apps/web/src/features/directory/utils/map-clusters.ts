// Markers that would overlap on the map are drawn as one cluster with a count (the Athens
// and Thessaloniki areas). Pure geometry in the map's own units, no React.

export type MapPoint = { id: string; x: number; y: number };
export type MapCluster<P extends MapPoint> = { x: number; y: number; members: P[] };
export type MapView = { x: number; y: number; w: number; h: number };

/**
 * Groups points closer than `distance` to a group's first point (greedy, in the given order,
 * so the same points always give the same groups). A group of one is a plain marker.
 */
export function clusterPoints<P extends MapPoint>(
  points: readonly P[],
  distance: number,
): MapCluster<P>[] {
  const taken = new Set<number>();
  const clusters: MapCluster<P>[] = [];
  const d2 = distance * distance;
  points.forEach((seed, i) => {
    if (taken.has(i)) return;
    taken.add(i);
    const members = [seed];
    for (let j = i + 1; j < points.length; j++) {
      const p = points[j] as P;
      if (taken.has(j)) continue;
      if ((p.x - seed.x) ** 2 + (p.y - seed.y) ** 2 < d2) {
        taken.add(j);
        members.push(p);
      }
    }
    const x = members.reduce((sum, p) => sum + p.x, 0) / members.length;
    const y = members.reduce((sum, p) => sum + p.y, 0) / members.length;
    clusters.push({ x, y, members });
  });
  return clusters;
}

/**
 * The view that shows `points` with room around them, keeping the map's proportions, no
 * closer than `minWidth` and never outside the map.
 */
export function viewAround(
  points: readonly MapPoint[],
  map: { width: number; height: number },
  minWidth: number,
): MapView {
  const xs = points.map((p) => p.x);
  const ys = points.map((p) => p.y);
  const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const aspect = map.width / map.height;
  const w = Math.min(map.width, Math.max(minWidth, (x1 - x0) * 2, (y1 - y0) * 2 * aspect));
  const h = w / aspect;
  const clamp = (v: number, size: number, max: number) => Math.min(Math.max(v, 0), max - size);
  return {
    x: clamp((x0 + x1) / 2 - w / 2, w, map.width),
    y: clamp((y0 + y1) / 2 - h / 2, h, map.height),
    w,
    h,
  };
}
