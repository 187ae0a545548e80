// Types of the virtual module built by build/greece-outline-plugin.ts: the outlines already
// projected into SVG path strings (600 × 540 frame), and the projection's fitted parameters.
declare module "virtual:greece-outline" {
  export const fit: { scale: number; translate: [number, number] };
  export const greecePath: string;
  export const neighbourPaths: { id: string; d: string }[];
}
