import { type CSSVariablesResolver, createTheme, darken, luminance } from "@mantine/core";

const fontFamily =
  '"Noto Sans", system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif';

export const theme = createTheme({
  fontFamily,
  headings: {
    fontFamily,
    fontWeight: "700",
    // Long Greek words: a smaller h1 on phones so titles do not break mid-word.
    sizes: { h1: { fontSize: "clamp(1.625rem, 1.2rem + 1.6vw, 2.125rem)" } },
  },
  primaryColor: "blue",
  // Shade 8 of blue on white is 5.4:1: links and filled buttons pass WCAG AA (shade 6 does not).
  primaryShade: { light: 8, dark: 5 },
  defaultRadius: "sm",
  focusRing: "auto",
  cursorType: "pointer",
});

function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/** `color`, darkened in small steps until it reads at ≥ 4.6:1 on `background`. */
function readableOn(background: string, color: string): string {
  let readable = color;
  for (let amount = 0.05; contrast(readable, background) < 4.6 && amount < 1; amount += 0.05) {
    readable = darken(color, amount);
  }
  return readable;
}

/**
 * "Dimmed" text is gray 6 by default (3.3:1 on white); gray 7 keeps AA contrast. Likewise
 * the error red (field errors, required asterisks) is red 6 by default: red 9 passes AA.
 * The "light" variant (alerts, light badges: shade 9 on shade 1) is below AA for most
 * colours (blue 4.06:1, teal 4.32:1, green 3.9:1): its text is darkened until it passes.
 */
export const cssVariablesResolver: CSSVariablesResolver = (resolved) => ({
  variables: {},
  light: {
    "--mantine-color-dimmed": "var(--mantine-color-gray-7)",
    "--mantine-color-error": "var(--mantine-color-red-9)",
    ...Object.fromEntries(
      Object.entries(resolved.colors).map(([name, shades]) => [
        `--mantine-color-${name}-light-color`,
        readableOn(shades[1], shades[9]),
      ]),
    ),
  },
  dark: {},
});
