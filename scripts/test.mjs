#!/usr/bin/env node
// `npm test`: every check and test — lint, typecheck, Vitest (packages, API, web) and
// Playwright e2e in Chromium — then one line `N passed, N failed`.
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..");
const results = path.join(root, "test-results");
const e2ePort = process.env.E2E_PORT ?? "3100";
// This run's reports only (per E2E_PORT): a run on another port, side by side, keeps its own.
const unitReport = path.join(results, `unit-${e2ePort}.json`);
const e2eReport = path.join(results, `e2e-${e2ePort}.json`);
for (const report of [unitReport, e2eReport]) rmSync(report, { force: true });
mkdirSync(results, { recursive: true });

let passed = 0;
let failed = 0;
// Names of what failed, repeated just above the last line: CI keeps only the output's tail.
const failures = [];
const run = (title, command, args, env = {}) => {
  console.log(`\n=== ${title}: ${command} ${args.join(" ")}`);
  const result = spawnSync(command, args, {
    cwd: root,
    stdio: "inherit",
    env: { ...process.env, ...env },
  });
  return result.status === 0;
};

/**
 * Runs independent steps side by side; each one's output is held back and printed whole,
 * in the given order, so the log reads as if they had run one after another.
 */
function runTogether(steps) {
  return Promise.all(
    steps.map(
      (step) =>
        new Promise((resolve) => {
          const child = spawn(step.command, step.args, {
            cwd: step.cwd ?? root,
            env: process.env,
          });
          let output = "";
          child.stdout.on("data", (chunk) => {
            output += chunk;
          });
          child.stderr.on("data", (chunk) => {
            output += chunk;
          });
          child.on("error", (error) => {
            output += String(error);
          });
          child.on("close", (code) => resolve({ ...step, ok: code === 0, output }));
        }),
    ),
  );
}

// Lint, typecheck and the web build the e2e servers serve (playwright.config.ts; start.mjs
// then finds it fresh) need nothing from each other: side by side they take the time of
// the typecheck alone.
const first = await runTogether([
  { title: "lint", command: "npx", args: ["biome", "check", "."] },
  {
    title: "typecheck",
    command: "npx",
    args: ["turbo", "run", "typecheck", "--output-logs=errors-only"],
  },
  {
    title: "web build for the e2e servers",
    command: "npx",
    args: [
      "vite",
      "build",
      "--outDir",
      path.join(root, `data/e2e-${e2ePort}-web`),
      "--emptyOutDir",
    ],
    cwd: path.join(root, "apps/web"),
    counted: false,
  },
]);
for (const step of first) {
  console.log(`\n=== ${step.title}: ${step.command} ${step.args.join(" ")}`);
  process.stdout.write(step.output);
  if (step.counted === false) continue;
  if (step.ok) passed += 1;
  else {
    failed += 1;
    failures.push(step.title);
    console.log(`✗ ${step.title} failed`);
  }
}

/** The first line of a failure message, short enough for a log line. */
function firstLine(messages) {
  const text = (messages ?? [])
    .filter(Boolean)
    .join(" ")
    .replace(new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, "g"), "");
  return text.split("\n")[0].slice(0, 300);
}

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
  for (const file of report.testResults) {
    const where = path.relative(root, file.name);
    const failedTests = file.assertionResults.filter((t) => t.status === "failed");
    for (const t of failedTests)
      failures.push(`${where} › ${t.fullName}: ${firstLine(t.failureMessages)}`);
    if (file.status === "failed" && failedTests.length === 0)
      failures.push(`${where}: ${firstLine([file.message])}`);
  }
  if (!unitOk && report.numFailedTests === 0)
    failures.push("vitest exited with an error (see above)");
} else {
  failed += 1;
  failures.push("unit and integration tests: no report");
}

const e2eOk = run("end-to-end tests (Chromium)", "npx", ["playwright", "test"]);
if (existsSync(e2eReport)) {
  const e2e = JSON.parse(readFileSync(e2eReport, "utf8"));
  const stats = e2e.stats;
  const walk = (suite, titles) => {
    for (const spec of suite.specs ?? []) {
      for (const t of spec.tests) {
        if (t.status === "unexpected" || t.status === "flaky") {
          const error = t.results.at(-1)?.error?.message;
          failures.push(
            `${spec.file}:${spec.line} › ${[...titles, spec.title].join(" › ")}: ${firstLine([error])}`,
          );
        }
      }
    }
    for (const child of suite.suites ?? []) walk(child, [...titles, child.title]);
  };
  for (const suite of e2e.suites ?? []) walk(suite, []);
  for (const error of e2e.errors ?? []) failures.push(`e2e: ${firstLine([error.message])}`);
  passed += stats.expected;
  failed += stats.unexpected + stats.flaky + (e2eOk || stats.unexpected ? 0 : 1);
  if (!e2eOk && stats.unexpected + stats.flaky === 0)
    failures.push("end-to-end tests exited with an error (see above)");
} else {
  failed += 1;
  failures.push("end-to-end tests: no report");
}

if (failures.length > 0) {
  console.log("\nFailed:");
  for (const failure of failures) console.log(`  ✗ ${failure}`);
}
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
