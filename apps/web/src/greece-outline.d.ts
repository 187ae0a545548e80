// Types of the virtual module built by build/greece-outline-plugin.ts.
declare module "virtual:greece-outline" {
  import type { MultiPolygon } from "geojson";
  export const greece: MultiPolygon;
  export const neighbours: { id: string; geometry: MultiPolygon }[];
}
