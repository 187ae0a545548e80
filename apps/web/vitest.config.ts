import { fileURLToPath, URL } from "node:url";
import { defineConfig } from "vitest/config";

// Unit tests of the pure helpers (no DOM needed).
export default defineConfig({
  resolve: {
    alias: { "@": fileURLToPath(new URL("./src", import.meta.url)) },
  },
  test: {
    name: "web",
    environment: "node",
    // pure helpers: one import of the modules per worker, not per file
    isolate: false,
    // as the root config's other projects of the first group (vitest.config.ts)
    maxWorkers: 2,
    include: ["src/**/*.test.ts", "test/**/*.test.ts"],
  },
});
