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
      { test: { ...api, name: "api-system", include: ["test/**/*.test.ts"] } },
    ],
    reporters: ["default"],
  },
});
