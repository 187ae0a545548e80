// E2E tests drive the production build, started exactly as `npm start` starts it, in
// Chromium: Debian's /usr/bin/chromium when present (no browser download needed).
//
// Two servers, each with its own database and documents: on E2E_PORT the seeded-network
// check and then the flows, one after another (they build on each other's data); on
// E2E_PORT + 1 the specs that need nothing from the flows (dates and offline, reminders,
// the every-route sweep, axe with dialogs open), alongside. Both serve the same web build.
import { existsSync, rmSync } from "node:fs";
import { defineConfig, devices } from "@playwright/test";

const port = Number(process.env.E2E_PORT ?? 3100);
const pagesPort = port + 1;
const systemChromium = "/usr/bin/chromium";
// Per port, so several runs (developers working side by side) never share files.
const webDist = `data/e2e-${port}-web`;
// The specs of the second server: each makes the records it needs. Playwright runs a
// project's dependants only once every project of the earlier phase has ended, so the short
// ones run beside the directory spec and the long ones beside the flows.
const BESIDE_DIRECTORY = /(dates-and-offline|reminders)\.spec\.ts/;
const BESIDE_FLOWS = /(sweep|dialogs-axe)\.spec\.ts/;
const INDEPENDENT = [BESIDE_DIRECTORY, BESIDE_FLOWS];

// Each run starts from fresh databases so tests see the seeded network only. Only in the
// runner's main process: workers load this file too, while the servers are using them.
if (!process.env.E2E_KEEP_DB && process.env.TEST_WORKER_INDEX === undefined) {
  for (const p of [port, pagesPort]) {
    for (const suffix of ["", "-wal", "-shm"]) rmSync(`data/e2e-${p}.db${suffix}`, { force: true });
    rmSync(`data/e2e-${p}-documents`, { recursive: true, force: true });
  }
}

/** The production server on `p`, as `npm start` starts it, with its own database. */
const server = (p: number) => ({
  command: "node scripts/start.mjs",
  url: `http://127.0.0.1:${p}/api/health`,
  reuseExistingServer: false,
  timeout: 180_000,
  stdout: "pipe" as const,
  env: {
    PORT: String(p),
    HOST: "127.0.0.1",
    DATABASE_URL: `file:./data/e2e-${p}.db`,
    CNI_ADMIN_EMAIL: "admin@cni.test",
    CNI_ADMIN_PASSWORD: "admin-password-e2e",
    CNI_DOCUMENTS_DIR: `data/e2e-${p}-documents`,
    // one build for both servers: the first server builds it (servers start in order)
    CNI_WEB_DIST: webDist,
    CNI_RATE_LIMIT_MAX: "10000",
    LOG_LEVEL: "warn",
    // The browsers, the servers and the runner share a small CI machine: no load shedding.
    CNI_MAX_EVENT_LOOP_DELAY_MS: "0",
  },
});

const browser = {
  ...devices["Desktop Chrome"],
  launchOptions: {
    executablePath: existsSync(systemChromium) ? systemChromium : undefined,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  },
};

export default defineConfig({
  testDir: "e2e",
  fullyParallel: false,
  // one worker per server (E2E_WORKERS=1 runs everything in one, one spec after another)
  workers: Number(process.env.E2E_WORKERS ?? 2),
  retries: 0,
  // A test's whole budget, not a wait: on the shared 2-core CI machine, tests that take
  // 10–20 s alone took just over 30 s under load (the audit log in two languages with axe,
  // the directory's history and navigation) and failed a run that was otherwise green. A
  // broken page still fails at its first assertion (7 s) or action (20 s).
  timeout: 60_000,
  expect: { timeout: 7_000 },
  outputDir: `test-results/e2e-${port}`,
  reporter: [["list"], ["json", { outputFile: `test-results/e2e-${port}.json` }]],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    locale: "el-GR",
    timezoneId: "Europe/Athens",
    trace: "retain-on-failure",
    // a click on a control that never appears fails in 20 s, not at the test's timeout
    actionTimeout: 20_000,
    navigationTimeout: 30_000,
  },
  projects: [
    // The directory spec checks the seeded network exactly, so it runs first; the flows
    // (registrations, accessions, withdrawals…) change the data after it.
    { name: "seeded-network", testMatch: /directory\.spec\.ts/, use: browser },
    {
      name: "flows",
      testIgnore: [/directory\.spec\.ts/, ...INDEPENDENT],
      dependencies: ["seeded-network"],
      workers: 1,
      use: browser,
    },
    // on the second server
    {
      name: "pages-first",
      testMatch: BESIDE_DIRECTORY,
      workers: 1,
      use: { ...browser, baseURL: `http://127.0.0.1:${pagesPort}` },
    },
    {
      name: "pages",
      testMatch: BESIDE_FLOWS,
      dependencies: ["seeded-network"],
      workers: 1,
      use: { ...browser, baseURL: `http://127.0.0.1:${pagesPort}` },
    },
  ],
  webServer: [server(port), server(pagesPort)],
});
