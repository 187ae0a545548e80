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

/**
 * The UI library parts several pages share (Mantine's other components and hooks,
 * floating-ui and the focus/scroll helpers of its overlays) in one chunk, instead of one
 * chunk per component: a municipality's page asked for ≈ 90 files, and over HTTP/1.1's six
 * connections each costs a round trip (issue 16). Never in the initial JS: what the shell
 * imports is in the vendor group (higher priority) or excluded here (use-disclosure, the
 * icons), so check-bundle-size.mjs keeps passing.
 */
const SHARED_UI =
  /node_modules[\\/](@mantine[\\/](core|hooks|dates)|@floating-ui|react-remove-scroll|react-remove-scroll-bar|react-style-singleton|use-callback-ref|use-sidecar|react-number-format|react-textarea-autosize|tabbable)[\\/]/;
const SHELL_ONLY = /use-disclosure/;

export const sharedUiGroup = {
  name: "ui",
  test: (id: string) => SHARED_UI.test(id) && !SHELL_ONLY.test(id),
  minShareCount: 3,
};

/**
 * The app modules the entry imports statically (the shell), found once the module graph is
 * built (`buildEnd` runs before chunking). They get a group of their own (`shellGroup`, part
 * of the initial JS as before) so that the pages' shared group below never captures them or
 * pulls them in as dependencies.
 */
const shellModules = new Set<string>();
const APP_SOURCE = /(apps[\\/]web[\\/]src|packages[\\/](domain|contracts))[\\/]/;

type GraphContext = {
  getModuleIds: () => IterableIterator<string>;
  getModuleInfo: (id: string) => { isEntry: boolean; importedIds: readonly string[] } | null;
};

export function findShellModules() {
  return {
    name: "cni-shell-modules",
    buildEnd(this: GraphContext) {
      shellModules.clear();
      const pending = [...this.getModuleIds()].filter((id) => this.getModuleInfo(id)?.isEntry);
      for (let id = pending.pop(); id !== undefined; id = pending.pop()) {
        if (shellModules.has(id)) continue;
        shellModules.add(id);
        pending.push(...(this.getModuleInfo(id)?.importedIds ?? []));
      }
    },
  };
}

export const shellGroup = {
  name: "shell",
  test: (id: string) => APP_SOURCE.test(id) && shellModules.has(id),
};

/**
 * The small app modules several pages share (components, lib, entities, the domain rules):
 * split by default into one chunk per set of pages sharing them, the directory asked for 22
 * files of a few hundred bytes, each a round trip over HTTP/1.1's six connections (issue 16).
 * One chunk instead: a page may load a few KB it does not use, in one request.
 */
const PAGES_SHARED =
  /apps[\\/]web[\\/]src[\\/](components|lib|entities)[\\/]|packages[\\/]domain[\\/]/;
/** Modules that bring a library of their own (forms, notifications, the calendar): left to
 * the pages that use them, or every page would download the library. */
const BRINGS_A_LIBRARY = /[\\/](form-[\w-]+|notify|date-picker-panel)\.tsx?$/;

export const pagesSharedGroup = {
  name: "shared",
  test: (id: string) =>
    PAGES_SHARED.test(id) && !BRINGS_A_LIBRARY.test(id) && !shellModules.has(id),
  minShareCount: 2,
};
