// The published OpenAPI document is linted with Redocly's recommended rules (0 errors), and a client generated from it with openapi-typescript type-checks.
import { spawnSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestContext, testDir } from "../helpers.ts";

const root = path.resolve(import.meta.dirname, "../../../..");
const bin = (name: string) => path.join(root, "node_modules", ".bin", name);

let ctx: TestContext;
let folder: string;
let documentFile: string;

beforeAll(async () => {
  ctx = await createTestApp();
  const response = await ctx.app.inject({ method: "GET", url: "/api/openapi.json" });
  expect(response.statusCode).toBe(200);
  folder = path.join(testDir(), `openapi-${Date.now()}`);
  mkdirSync(folder, { recursive: true });
  documentFile = path.join(folder, "openapi.json");
  writeFileSync(documentFile, response.body);
});
afterAll(() => ctx.app.close());

const run = (command: string, args: string[]) => {
  const result = spawnSync(command, args, {
    cwd: folder,
    encoding: "utf8",
    env: { ...process.env, REDOCLY_TELEMETRY: "off", REDOCLY_SUPPRESS_UPDATE_NOTICE: "true" },
  });
  return { ok: result.status === 0, output: `${result.stdout}\n${result.stderr}` };
};

describe("the OpenAPI document", () => {
  it("passes redocly lint with the recommended rules", () => {
    writeFileSync(path.join(folder, "redocly.yaml"), "extends:\n  - recommended\n");
    const result = run(bin("redocly"), ["lint", documentFile, "--format=stylish"]);
    expect(result.output).toMatch(/valid|Woohoo/i);
    expect(result.ok, result.output).toBe(true);
    // Warnings are allowed (the portal names no licence); errors are not.
    expect(result.output).not.toMatch(/\berror\b/);
  }, 60_000);

  it("generates a TypeScript client that type-checks", () => {
    const types = path.join(folder, "api.d.ts");
    const generated = run(bin("openapi-typescript"), [documentFile, "-o", types]);
    expect(generated.ok, generated.output).toBe(true);
    writeFileSync(
      path.join(folder, "use.ts"),
      [
        'import type { paths } from "./api.js";',
        'type Health = paths["/api/health"]["get"]["responses"]["200"]["content"]["application/json"];',
        'export const health: Health = { status: "ok", db: "ok" };',
        'type Directory = paths["/api/municipalities"]["get"];',
        'export type DirectoryQuery = NonNullable<Directory["parameters"]["query"]>;',
        "",
      ].join("\n"),
    );
    const checked = run(bin("tsc"), [
      "--noEmit",
      "--strict",
      "--skipLibCheck",
      "--target",
      "es2022",
      "--module",
      "nodenext",
      "--moduleResolution",
      "nodenext",
      types,
      path.join(folder, "use.ts"),
    ]);
    expect(checked.ok, checked.output).toBe(true);
  }, 60_000);
});
