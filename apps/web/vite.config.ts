import { fileURLToPath, URL } from "node:url";
import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";
import {
  findShellModules,
  pagesSharedGroup,
  sharedUiGroup,
  shellGroup,
  vendorGroup,
} from "./build/entry-chunk.ts";
import { greeceOutline } from "./build/greece-outline-plugin.ts";
import { pagePreloads } from "./build/page-preloads-plugin.ts";
import { precompress } from "./build/precompress-plugin.ts";

// Where `vite` (dev) and `vite preview` send /api: the API started with `npm run dev -w @cni/api`.
const apiTarget = process.env.CNI_API_PROXY ?? "http://127.0.0.1:3000";

export default defineConfig({
  plugins: [react(), greeceOutline(), precompress(), findShellModules(), pagePreloads()],
  resolve: {
    alias: { "@": fileURLToPath(new URL("./src", import.meta.url)) },
  },
  server: {
    port: 5173,
    proxy: {
      "/api": { target: apiTarget, changeOrigin: false },
    },
  },
  preview: {
    proxy: {
      "/api": { target: apiTarget, changeOrigin: false },
    },
  },
  build: {
    outDir: "dist",
    emptyOutDir: true,
    // dist/.vite/manifest.json: read by scripts/check-bundle-size.mjs (initial JS budget).
    manifest: true,
    sourcemap: true,
    target: "es2022",
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            { ...vendorGroup, priority: 3 },
            { ...shellGroup, priority: 2 },
            { ...sharedUiGroup, priority: 1 },
            { ...pagesSharedGroup, priority: 0 },
          ],
        },
      },
    },
  },
});
