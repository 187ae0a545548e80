import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    name: "api",
    include: ["src/**/*.test.ts", "test/**/*.test.ts"],
    globalSetup: ["test/global-setup.ts"],
    // Each test file gets its own SQLite file; files run in parallel processes. The root
    // config (vitest.config.ts) runs src/** without isolation, test/** with it.
    pool: "forks",
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
