import { spawn } from "node:child_process";
import path from "node:path";
import { repoRoot } from "../config.ts";
import { ensureDatabaseFolder } from "./client.ts";

/**
 * Applies pending migrations with `prisma migrate deploy` (Prisma's Wasm schema engine,
 * configured in prisma.config.ts), the same command an operator would run.
 */
export async function applyMigrations(databaseUrl: string): Promise<void> {
  ensureDatabaseFolder(databaseUrl);
  const prismaBin = path.join(repoRoot, "node_modules", "prisma", "build", "index.js");
  await new Promise<void>((resolve, reject) => {
    const child = spawn(process.execPath, [prismaBin, "migrate", "deploy"], {
      cwd: repoRoot,
      env: { ...process.env, DATABASE_URL: databaseUrl, PRISMA_HIDE_UPDATE_MESSAGE: "1" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    child.stdout.on("data", (chunk) => {
      output += chunk;
    });
    child.stderr.on("data", (chunk) => {
      output += chunk;
    });
    child.on("error", reject);
    child.on("exit", (code) => {
      if (code === 0) resolve();
      else reject(new Error(`prisma migrate deploy failed (exit ${code}):\n${output}`));
    });
  });
}
