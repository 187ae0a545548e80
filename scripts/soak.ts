// `npm run soak`: the reliability tests (apps/api/test/reliability) at full length, one file
// at a time so they do not compete for the CPU: the 90/10 load with a second writer process
// for 60 s, 10 kill -9 cycles, 30,000 fuzzed requests, plus backup/restore, shutdown,
// overload and the #30028 tests. Prints each test's summary line and writes them to
// bench/results/soak-latest.md.
//
//   npm run soak [-- --seconds 60 --crash-cycles 10 --fuzz-requests 30000]
import { spawn } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { repoRoot } from "../apps/api/src/config.ts";

const { values } = parseArgs({
  options: {
    seconds: { type: "string", default: "60" },
    "crash-cycles": { type: "string", default: "10" },
    "fuzz-requests": { type: "string", default: "30000" },
  },
});

const started = Date.now();
const child = spawn(
  "npx",
  [
    "vitest",
    "run",
    "--project",
    "api",
    "--no-file-parallelism",
    "--testTimeout=900000",
    "apps/api/test/reliability/",
  ],
  {
    cwd: repoRoot,
    env: {
      ...process.env,
      SOAK_SECONDS: values.seconds,
      CRASH_CYCLES: values["crash-cycles"],
      FUZZ_REQUESTS: values["fuzz-requests"],
    },
    stdio: ["ignore", "pipe", "inherit"],
  },
);
let output = "";
child.stdout.on("data", (chunk) => {
  output += chunk;
  process.stdout.write(chunk);
});
const code = await new Promise<number>((resolve) => child.on("exit", (c) => resolve(c ?? 1)));

// biome-ignore lint/suspicious/noControlCharactersInRegex: strip terminal colours
const plain = output.replace(/\u001b\[[0-9;]*m/g, "");
const summaries = plain
  .split("\n")
  .map((line) => line.trim())
  .filter((line) => /^(fuzz|concurrency|crash|backup|shutdown|overload):/.test(line));
const counts = /Tests\s+(.*)$/m.exec(plain)?.[1]?.trim() ?? "";
const cpu = os.cpus();
const report = [
  `- Soak run ${new Date().toISOString()} on ${cpu.length} × ${cpu[0]?.model.trim() ?? "CPU"}, Node ${process.versions.node}`,
  `- Command: npm run soak (SOAK_SECONDS=${values.seconds}, CRASH_CYCLES=${values["crash-cycles"]}, FUZZ_REQUESTS=${values["fuzz-requests"]}); ${Math.round((Date.now() - started) / 1000)} s; tests: ${counts}`,
  ...summaries.map((line) => `- ${line}`),
].join("\n");
mkdirSync(path.join(repoRoot, "bench/results"), { recursive: true });
writeFileSync(path.join(repoRoot, "bench/results/soak-latest.md"), `${report}\n`);
process.stdout.write(`\n${report}\n`);
process.exit(code);
