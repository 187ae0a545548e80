import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    name: "api",
    include: ["src/**/*.test.ts", "test/**/*.test.ts"],
    globalSetup: ["test/global-setup.ts"],
    // Each test file gets its own SQLite file; files run in parallel processes. A process
    // runs its files one after another without re-importing the app for each (isolate:
    // false: importing the app was ~40 % of the run); a file's app is closed in afterAll,
    // and module state is per app (lib/…, plugins/…) or a cache of pure values.
    pool: "forks",
    isolate: false,
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
