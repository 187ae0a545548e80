import { type CSSVariablesResolver, createTheme, darken } from "@mantine/core";

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
  // A long option list scrolls in its listbox itself, not in a ScrollArea wrapped around it:
  // the listbox is the combobox's popup (arrow keys scroll it), which axe's
  // scrollable-region-focusable accepts; a wrapper div without focusable content it does not.
  // The listbox is mounted only while open: a closed one kept in the page (Mantine's default)
  // has floating-ui measure the page when it mounts, a forced layout inside the first
  // render's task (issue 16); the input names it in aria-controls only while open anyway.
  // (A component's own `comboboxProps` replace these, so they repeat `keepMounted: false`.)
  components: Object.fromEntries(
    ["Select", "MultiSelect", "Autocomplete", "TagsInput"].map((name) => [
      name,
      {
        defaultProps: { withScrollArea: false, comboboxProps: { keepMounted: false } },
        styles: { options: { maxHeight: 240, overflowY: "auto" } },
      },
    ]),
  ),
});

/**
 * "Dimmed" text is gray 6 by default (3.3:1 on white); gray 7 keeps AA contrast. Likewise
 * the error red (field errors, required asterisks) is red 6 by default: red 9 passes AA.
 * The "light" variant (alerts, light badges: shade 9 on shade 1) is below AA for several
 * colours (blue 4.06:1, teal 4.32:1, green 3.9:1, yellow 2.7:1): its text is shade 9
 * darkened by 30%, ≥ 5:1 for every colour, on its background and its hover background.
 */
export const cssVariablesResolver: CSSVariablesResolver = (resolved) => ({
  variables: {},
  light: {
    "--mantine-color-dimmed": "var(--mantine-color-gray-7)",
    "--mantine-color-error": "var(--mantine-color-red-9)",
    ...Object.fromEntries(
      Object.entries(resolved.colors).map(([name, shades]) => [
        `--mantine-color-${name}-light-color`,
        darken(shades[9], 0.3),
      ]),
    ),
  },
  dark: {},
});
