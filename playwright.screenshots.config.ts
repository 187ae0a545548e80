// The screenshot tour (`npm run screenshots`, see scripts/screenshots.mjs): the e2e setup
// (production build, fresh database per port, Chromium) running e2e/tour/ only.
import { defineConfig } from "@playwright/test";
import e2e from "./playwright.config.ts";

const port = Number(process.env.E2E_PORT ?? 3100);

export default defineConfig({
  ...e2e,
  testDir: "e2e/tour",
  testMatch: /\.tour\.ts$/,
  timeout: 30 * 60_000,
  outputDir: `test-results/screenshots-${port}`,
  reporter: [["list"]],
  projects: [{ name: "tour", use: e2e.projects?.[0]?.use }],
  // the first of the e2e servers (the tour needs one)
  webServer: Array.isArray(e2e.webServer) ? e2e.webServer[0] : e2e.webServer,
  workers: 1,
});
