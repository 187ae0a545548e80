import { defineConfig } from "vitest/config";

// One run for every workspace's unit and integration tests (`npm run test:unit`).
// The API's settings as apps/api/vitest.config.ts has them (used alone in the workspace).
const api = {
  root: "apps/api",
  globalSetup: ["test/global-setup.ts"],
  pool: "forks",
  testTimeout: 30_000,
  hookTimeout: 60_000,
} as const;

// The tests that measure the machine's behaviour under load (shedding, latency bounds,
// SQLITE_BUSY, a grace period) run last and alone, one file at a time: any other test file
// beside them takes CPU they measure. Everything else runs two files at a time.
const underLoad = [
  "test/reliability/overload.test.ts",
  "test/reliability/pressure.test.ts",
  "test/reliability/shutdown.test.ts",
  "test/reliability/concurrency.test.ts",
  "test/reliability/busy.test.ts",
];

export default defineConfig({
  test: {
    projects: [
      "packages/*",
      "apps/web",
      // The use cases' tests (src/**) run one after another in each worker process without
      // re-importing the app per file (importing it was ~40 % of their time): each file
      // has its own database and app, closed in afterAll.
      { test: { ...api, name: "api", include: ["src/**/*.test.ts"], isolate: false } },
      // The whole-system tests (test/**: reliability, authorization matrix, migrations,
      // OpenAPI) start servers, fake clocks and load the process: each in a fresh one.
      {
        test: { ...api, name: "api-system", include: ["test/**/*.test.ts"], exclude: underLoad },
      },
      {
        test: {
          ...api,
          name: "api-load",
          include: underLoad,
          maxWorkers: 1,
          sequence: { groupOrder: 1 },
        },
      },
    ],
    reporters: ["default"],
    // Vitest's default here is one file at a time (2 cores); every project of the first
    // group must name the same count (apps/web/vitest.config.ts repeats it).
    maxWorkers: 2,
  },
});
