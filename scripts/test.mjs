#!/usr/bin/env node
// `npm test`: every check and test — lint, typecheck, Vitest (packages, API, web) and
// Playwright e2e in Chromium — then one line `N passed, N failed`.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..");
const results = path.join(root, "test-results");
rmSync(results, { recursive: true, force: true });
mkdirSync(results, { recursive: true });

let passed = 0;
let failed = 0;
const run = (title, command, args, env = {}) => {
  console.log(`\n=== ${title}: ${command} ${args.join(" ")}`);
  const result = spawnSync(command, args, {
    cwd: root,
    stdio: "inherit",
    env: { ...process.env, ...env },
  });
  return result.status === 0;
};
const check = (title, command, args) => {
  if (run(title, command, args)) passed += 1;
  else {
    failed += 1;
    console.log(`✗ ${title} failed`);
  }
};

check("lint", "npx", ["biome", "check", "."]);
check("typecheck", "npx", ["turbo", "run", "typecheck", "--output-logs=errors-only"]);

const unitReport = path.join(results, "unit.json");
const unitOk = run("unit and integration tests", "npx", [
  "vitest",
  "run",
  "--reporter=default",
  "--reporter=json",
  `--outputFile.json=${unitReport}`,
]);
if (existsSync(unitReport)) {
  const report = JSON.parse(readFileSync(unitReport, "utf8"));
  passed += report.numPassedTests;
  failed += report.numFailedTests + (unitOk ? 0 : report.numFailedTests === 0 ? 1 : 0);
} else failed += 1;

const e2ePort = process.env.E2E_PORT ?? "3100";
const e2eReport = path.join(results, `e2e-${e2ePort}.json`);
const e2eOk = run("end-to-end tests (Chromium)", "npx", ["playwright", "test"]);
if (existsSync(e2eReport)) {
  const stats = JSON.parse(readFileSync(e2eReport, "utf8")).stats;
  passed += stats.expected;
  failed += stats.unexpected + stats.flaky + (e2eOk || stats.unexpected ? 0 : 1);
} else failed += 1;

console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
