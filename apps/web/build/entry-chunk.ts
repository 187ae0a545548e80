// Chunking of what every page needs. By default the bundler splits modules shared by the
// shell and the lazy pages into many small common chunks (Box, Stack, Text…); each one is
// compressed and requested on its own, which made the first download several KB larger.
// This group keeps the libraries every page uses, and the Mantine parts the shell itself
// renders, in one "vendor" chunk. Anything else (tables, inputs, the map) stays in the
// lazy chunks of the pages that use it.

/** Libraries the app cannot start without. */
const CORE_LIBRARIES = [
  "react",
  "react-dom",
  "scheduler",
  "react-router",
  "i18next",
  "react-i18next",
  "@tanstack/query-core",
  "@tanstack/react-query",
  "clsx",
];

/** Mantine's core (provider, Box, styles API) and the components the shell renders. */
const MANTINE_SHELL = [
  "core",
  "components/Burger",
  "components/Group",
  "components/Stack",
  "components/Text",
  "components/Title",
  "components/Anchor",
  "components/Center",
  "components/Skeleton",
  "components/VisuallyHidden",
  "components/UnstyledButton",
];

const pattern = new RegExp(
  [
    `node_modules/(${CORE_LIBRARIES.map((name) => name.replace("/", "\\/")).join("|")})/`,
    `node_modules/@mantine/core/esm/(${MANTINE_SHELL.join("|")})/`,
  ].join("|"),
);

export const vendorGroup = { name: "vendor", test: pattern };
