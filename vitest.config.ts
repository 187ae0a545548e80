import { defineConfig } from "vitest/config";

// One run for every workspace's unit and integration tests (`npm run test:unit`).
export default defineConfig({
  test: {
    projects: ["packages/*", "apps/api", "apps/web"],
    reporters: ["default"],
  },
});
