// The SPA's index.html, as sent for each page: for a landing page (the directory, a
// municipality, the activities) it names the files the page's first render needs — its
// code, its CSS and its translations in the reader's language — as preload links, so the
// browser fetches them with the entry instead of after the entry has run and asked for them
// (a round trip per wave over HTTP/1.1; issue 16: LCP). The list is written by the web
// build (apps/web/build/page-preloads-plugin.ts) to .vite/page-preloads.json.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import { type Encoding, encode } from "./response-cache.ts";

const preloadsFile = z.object({
  pages: z.array(
    z.object({
      path: z.string(),
      scripts: z.array(z.string()),
      styles: z.array(z.string()),
      namespaces: z.array(z.string()),
    }),
  ),
  translations: z.record(z.string(), z.record(z.string(), z.string())),
});
type Preloads = z.infer<typeof preloadsFile>;

/** The reader's language as the SPA stores it (a cookie beside its local storage). */
export const LANGUAGE_COOKIE = "cni.lang";
const LANGUAGES = ["el", "en"];
const DEFAULT_LANGUAGE = "el";

const FILE_NAME = /^[\w./-]+$/;
const escapeHref = (file: string) => {
  if (!FILE_NAME.test(file) || file.includes("..")) throw new Error(`Unexpected file ${file}`);
  return `/${file}`;
};

function matches(pattern: string, urlPath: string): boolean {
  const want = pattern.split("/").filter(Boolean);
  const have = urlPath.split("/").filter(Boolean);
  return (
    want.length === have.length &&
    want.every((segment, i) => segment.startsWith(":") || segment === have[i])
  );
}

function linksFor(preloads: Preloads, page: Preloads["pages"][number], language: string) {
  const translations = preloads.translations[language] ?? {};
  const modules = [
    ...page.scripts,
    ...page.namespaces.flatMap((name) => (translations[name] ? [translations[name]] : [])),
  ];
  return [
    ...modules.map((file) => `<link rel="modulepreload" crossorigin href="${escapeHref(file)}">`),
    ...page.styles.map((file) => `<link rel="preload" as="style" href="${escapeHref(file)}">`),
  ].join("");
}

export type SpaPages = {
  html: (urlPath: string, language: string | undefined) => string;
  /** The same page compressed (kept: the HTML of a landing page is a few KB). */
  encoded: (urlPath: string, language: string | undefined, encoding: Encoding) => Buffer;
};

/**
 * Reads index.html and the build's preload list once; `html()` answers from memory (one
 * string per landing page and language, built on first use). Without a list (an older
 * build, the tests' fixtures) every page gets index.html as it is.
 */
export function loadSpaPages(webDist: string): SpaPages {
  const index = readFileSync(path.join(webDist, "index.html"), "utf8");
  const listFile = path.join(webDist, ".vite", "page-preloads.json");
  const preloads = existsSync(listFile)
    ? preloadsFile.parse(JSON.parse(readFileSync(listFile, "utf8")))
    : { pages: [], translations: {} };
  const built = new Map<string, string>();
  const compressed = new Map<string, Buffer>();
  const html = (urlPath: string, asked: string | undefined) => {
    const page = preloads.pages.find((candidate) => matches(candidate.path, urlPath));
    if (!page) return index;
    const language = asked && LANGUAGES.includes(asked) ? asked : DEFAULT_LANGUAGE;
    const key = `${page.path} ${language}`;
    let text = built.get(key);
    if (text === undefined) {
      text = index.replace("</head>", `${linksFor(preloads, page, language)}</head>`);
      built.set(key, text);
    }
    return text;
  };
  return {
    html,
    encoded(urlPath, asked, encoding) {
      const text = html(urlPath, asked);
      const key = `${encoding} ${text}`;
      let body = compressed.get(key);
      if (body === undefined) {
        body = encode(text, encoding);
        compressed.set(key, body);
      }
      return body;
    },
  };
}
