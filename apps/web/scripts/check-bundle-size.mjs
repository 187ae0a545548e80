#!/usr/bin/env node
// Budget for the JavaScript a first visit must download before the app can start: the
// entry chunk plus every chunk it imports statically (transitively), read from the Vite
// manifest. Lazy routes and the map are dynamic imports and are not counted.
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";

const BUDGET_KB = 150;
const dist = join(dirname(fileURLToPath(import.meta.url)), "..", "dist");
const manifest = JSON.parse(readFileSync(join(dist, ".vite", "manifest.json"), "utf8"));

const entries = Object.entries(manifest).filter(([, chunk]) => chunk.isEntry);
if (entries.length === 0) {
  console.error("check-bundle-size: no entry chunk in dist/.vite/manifest.json");
  process.exit(1);
}

const seen = new Set();
const files = [];
function visit(key) {
  if (seen.has(key)) return;
  seen.add(key);
  const chunk = manifest[key];
  if (!chunk) return;
  if (chunk.file.endsWith(".js")) files.push(chunk.file);
  for (const imported of chunk.imports ?? []) visit(imported);
}
for (const [key] of entries) visit(key);

let total = 0;
for (const file of files) {
  const size = gzipSync(readFileSync(join(dist, file)), { level: 9 }).length;
  total += size;
  console.log(`  ${(size / 1024).toFixed(1).padStart(7)} KB  ${file}`);
}
const totalKb = total / 1024;
console.log(
  `Initial JS (entry + static imports): ${totalKb.toFixed(1)} KB gzipped (budget ${BUDGET_KB} KB)`,
);
if (totalKb > BUDGET_KB) {
  console.error(`Over budget by ${(totalKb - BUDGET_KB).toFixed(1)} KB`);
  process.exit(1);
}

// The landing pages' preload list (build/page-preloads-plugin.ts) must name files that
// exist: the server puts them in the HTML as they are.
const preloads = JSON.parse(readFileSync(join(dist, ".vite", "page-preloads.json"), "utf8"));
const named = [
  ...preloads.pages.flatMap((page) => [...page.scripts, ...page.styles]),
  ...Object.values(preloads.translations).flatMap((byName) => Object.values(byName)),
];
const missing = named.filter((file) => !existsSync(join(dist, file)));
if (preloads.pages.length === 0 || missing.length > 0) {
  console.error(
    `page-preloads.json: ${preloads.pages.length} pages; missing ${missing.join(", ")}`,
  );
  process.exit(1);
}
console.log(
  `Landing pages' preloads: ${preloads.pages.length} pages, ${new Set(named).size} files`,
);
