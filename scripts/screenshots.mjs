#!/usr/bin/env node
// `npm run screenshots`: the screenshot tour — every route, in Greek and in English, on a desk
// and on a phone, as each role — into screenshots/ (git-ignored), with screenshots/index.html
// to browse them. Starts the production server on its own port (E2E_PORT, default 3199) with
// a fresh database, as the e2e tests do.
import { spawnSync } from "node:child_process";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..");
const port = process.env.E2E_PORT ?? "3199";
const result = spawnSync(
  "npx",
  ["playwright", "test", "--config", "playwright.screenshots.config.ts", ...process.argv.slice(2)],
  { cwd: root, stdio: "inherit", env: { ...process.env, E2E_PORT: port } },
);
if (result.status === 0) {
  console.log(`\nScreenshots: ${path.join(root, "screenshots", "index.html")}`);
}
process.exit(result.status ?? 1);
