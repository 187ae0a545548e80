// E2E tests drive the production build, started exactly as `npm start` starts it, in
// Chromium: Debian's /usr/bin/chromium when present (no browser download needed).
import { existsSync, rmSync } from "node:fs";
import { defineConfig, devices } from "@playwright/test";

const port = Number(process.env.E2E_PORT ?? 3100);
const systemChromium = "/usr/bin/chromium";
// Per port, so several runs (developers working side by side) never share files.
const databaseFile = `data/e2e-${port}.db`;
const webDist = `data/e2e-${port}-web`;

// Each run starts from a fresh database so tests see the seeded network only. Only in the
// runner's main process: workers load this file too, while the server is already using it.
if (!process.env.E2E_KEEP_DB && process.env.TEST_WORKER_INDEX === undefined) {
  for (const suffix of ["", "-wal", "-shm"]) rmSync(`${databaseFile}${suffix}`, { force: true });
  rmSync(`data/e2e-${port}-documents`, { recursive: true, force: true });
}

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
  workers: 1,
  retries: 0,
  timeout: 30_000,
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
  // The directory spec checks the seeded network exactly, so it runs first; the flows
  // (registrations, accessions, withdrawals…) change the data after it.
  projects: [
    { name: "seeded-network", testMatch: /directory\.spec\.ts/, use: browser },
    {
      name: "flows",
      testIgnore: /directory\.spec\.ts/,
      dependencies: ["seeded-network"],
      use: browser,
    },
  ],
  webServer: {
    command: "node scripts/start.mjs",
    url: `http://127.0.0.1:${port}/api/health`,
    reuseExistingServer: false,
    timeout: 180_000,
    stdout: "pipe",
    env: {
      PORT: String(port),
      HOST: "127.0.0.1",
      DATABASE_URL: `file:./${databaseFile}`,
      CNI_ADMIN_EMAIL: "admin@cni.test",
      CNI_ADMIN_PASSWORD: "admin-password-e2e",
      CNI_DOCUMENTS_DIR: `data/e2e-${port}-documents`,
      CNI_WEB_DIST: webDist,
      CNI_RATE_LIMIT_MAX: "10000",
      LOG_LEVEL: "warn",
      // The browser, the server and the runner share a small CI machine: no load shedding.
      CNI_MAX_EVENT_LOOP_DELAY_MS: "0",
    },
  },
});
