// Rewrites the list of decision records between the `<!-- decisions:start -->` and
// `<!-- decisions:end -->` markers of README.md and docs/README.md from the files in
// docs/decisions/ (each titled by its first heading). Run after adding a record:
//
//   node scripts/decisions-index.mjs
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..");
const folder = path.join(root, "docs", "decisions");
const records = readdirSync(folder)
  .filter((name) => /^\d{3}-.+\.md$/.test(name))
  .sort()
  .map((name) => {
    const heading = readFileSync(path.join(folder, name), "utf8").match(/^#\s+(.+)$/m);
    return { name, title: heading ? heading[1].trim() : name };
  });

for (const [file, prefix] of [
  ["README.md", "docs/decisions/"],
  ["docs/README.md", "decisions/"],
]) {
  const target = path.join(root, file);
  const text = readFileSync(target, "utf8");
  const list = records.map((r) => `- [${r.title}](${prefix}${r.name})`).join("\n");
  const next = text.replace(
    /(<!-- decisions:start -->\n)[\s\S]*?(<!-- decisions:end -->)/,
    `$1${list}${list ? "\n" : ""}$2`,
  );
  if (next === text && !text.includes("<!-- decisions:start -->")) {
    throw new Error(`${file} has no decisions markers`);
  }
  writeFileSync(target, next);
}
process.stdout.write(`${records.length} decision records listed\n`);
