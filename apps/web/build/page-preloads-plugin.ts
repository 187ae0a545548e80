// Vite plugin: for each landing page (src/app/landing-pages.ts), the files its first render
// needs beyond the entry's own (the page's chunk and the chunks it imports, their CSS, and
// the translation chunks of `common` and the page's namespaces in each language), written
// to dist/.vite/page-preloads.json. The server (apps/api/src/plugins/spa.ts) names them in
// the HTML of a matching URL as <link rel="modulepreload"> / <link rel="stylesheet">.
import type { Plugin } from "vite";
import { LANDING_PAGES } from "../src/app/landing-pages.ts";

export type PagePreloads = {
  pages: { path: string; scripts: string[]; styles: string[]; namespaces: string[] }[];
  /** language → namespace → its translation chunk */
  translations: Record<string, Record<string, string>>;
};

type Chunk = {
  type: "chunk";
  fileName: string;
  isEntry: boolean;
  facadeModuleId: string | null;
  moduleIds: string[];
  imports: string[];
  viteMetadata?: { importedCss: Set<string> };
};
type Output = Chunk | { type: "asset"; fileName: string };

const LOCALE = /[\\/]locales[\\/]([a-z]{2})[\\/]([\w-]+)\.json$/;

export function pagePreloads(): Plugin {
  return {
    name: "cni:page-preloads",
    apply: "build",
    generateBundle(_options, bundle) {
      const chunks = Object.values(bundle as Record<string, Output>).filter(
        (output): output is Chunk => output.type === "chunk",
      );
      const byFile = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
      // what index.html already loads: the entry and its static imports
      const initial = new Set<string>();
      const closure = (start: string[], into: Set<string>) => {
        for (let file = start.pop(); file !== undefined; file = start.pop()) {
          if (into.has(file)) continue;
          into.add(file);
          start.push(...(byFile.get(file)?.imports ?? []));
        }
      };
      closure(
        chunks.filter((chunk) => chunk.isEntry).map((chunk) => chunk.fileName),
        initial,
      );
      // the chunk a module ended up in (its own, or a group's)
      const chunkOf = (module: string) =>
        chunks.find((chunk) =>
          chunk.moduleIds.some((id) => id.replaceAll("\\", "/").endsWith(`/apps/web/${module}`)),
        );

      const pages = LANDING_PAGES.map((page) => {
        const start = [page.module, ...(page.data ?? [])].map((module) => {
          const chunk = chunkOf(module);
          if (!chunk) this.error(`page-preloads: no chunk holds ${module}`);
          return chunk.fileName;
        });
        const files = new Set<string>();
        closure(start, files);
        const scripts = [...files].filter((file) => !initial.has(file));
        const styles = [
          ...new Set(
            scripts.flatMap((file) => [...(byFile.get(file)?.viteMetadata?.importedCss ?? [])]),
          ),
        ];
        return { path: page.path, scripts, styles, namespaces: ["common", ...page.namespaces] };
      });

      const translations: PagePreloads["translations"] = {};
      for (const chunk of chunks) {
        const [, language, namespace] = LOCALE.exec(chunk.facadeModuleId ?? "") ?? [];
        if (!language || !namespace) continue;
        translations[language] = { ...translations[language], [namespace]: chunk.fileName };
      }
      const needed = new Set(["common", ...LANDING_PAGES.flatMap((page) => page.namespaces)]);
      for (const namespaces of Object.values(translations)) {
        for (const name of Object.keys(namespaces)) if (!needed.has(name)) delete namespaces[name];
      }
      this.emitFile({
        type: "asset",
        fileName: ".vite/page-preloads.json",
        source: JSON.stringify({ pages, translations } satisfies PagePreloads, null, 2),
      });
    },
  };
}
