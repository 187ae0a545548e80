import { describe, expect, it } from "vitest";
import { clusterPoints, viewAround } from "./map-clusters";

describe("clusterPoints", () => {
  const athens = { id: "athens", x: 300, y: 300 };
  const piraeus = { id: "piraeus", x: 296, y: 303 };
  const agiosDimitrios = { id: "agios-dimitrios", x: 302, y: 306 };
  const chania = { id: "chania", x: 250, y: 500 };

  it("groups the markers that would overlap and leaves the others alone", () => {
    const clusters = clusterPoints([athens, chania, piraeus, agiosDimitrios], 14);
    expect(clusters.map((c) => c.members.map((m) => m.id))).toEqual([
      ["athens", "piraeus", "agios-dimitrios"],
      ["chania"],
    ]);
    expect(clusters[0]?.x).toBeCloseTo(299.33, 1);
    expect(clusters[1]).toMatchObject({ x: 250, y: 500 });
  });

  it("splits a group when zoomed in (a smaller distance)", () => {
    expect(clusterPoints([athens, piraeus, agiosDimitrios], 4)).toHaveLength(3);
  });

  it("keeps points at the same place together at any distance above 0", () => {
    const twin = { id: "twin", x: 300, y: 300 };
    expect(clusterPoints([athens, twin], 0.01)).toHaveLength(1);
  });
});

describe("viewAround", () => {
  const map = { width: 600, height: 540 };

  it("zooms on the points with room around them, keeping the map's proportions", () => {
    const view = viewAround(
      [
        { id: "a", x: 300, y: 300 },
        { id: "b", x: 310, y: 306 },
      ],
      map,
      50,
    );
    expect(view.w).toBe(50);
    expect(view.w / view.h).toBeCloseTo(600 / 540);
    expect(view.x + view.w / 2).toBeCloseTo(305);
  });

  it("stays inside the map near its edge", () => {
    const view = viewAround([{ id: "a", x: 595, y: 5 }], map, 60);
    expect(view.x).toBe(540);
    expect(view.y).toBe(0);
  });
});
