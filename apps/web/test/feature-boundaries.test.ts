// The web app's layers are enforced by lint (biome.json, `noRestrictedImports` per folder):
// a feature imports only src/entities, src/components, src/lib and its own files; an entity
// no feature; components and lib nothing of the app. These tests lint probe files, laid
// out like the app in a temporary directory with the repository's own biome.json.
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("../../..", import.meta.url));
const biome = join(root, "node_modules/.bin/biome");
const sandbox = mkdtempSync(join(tmpdir(), "cni-boundaries-"));
const config = JSON.parse(readFileSync(join(root, "biome.json"), "utf8"));
// the sandbox is no git checkout
writeFileSync(
  join(sandbox, "biome.json"),
  JSON.stringify({ ...config, vcs: undefined, $schema: undefined }),
);
afterAll(() => rmSync(sandbox, { recursive: true, force: true }));

type Result = { ok: boolean; output: string };

function run(cwd: string, target: string): Result {
  try {
    const output = execFileSync(biome, ["lint", "--only=style/noRestrictedImports", target], {
      cwd,
      encoding: "utf8",
      stdio: ["ignore", "pipe", "pipe"],
    });
    return { ok: true, output };
  } catch (error) {
    const { stdout = "", stderr = "" } = error as { stdout?: string; stderr?: string };
    return { ok: false, output: `${stdout}${stderr}` };
  }
}

let probes = 0;
function lint(path: string, source: string): Result {
  const file = join(sandbox, path.replace("probe", `probe${++probes}`));
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, source);
  return run(sandbox, file);
}

const probe = (...specifiers: string[]) =>
  `${specifiers.map((s, i) => `import * as m${i} from "${s}";`).join("\n")}\nexport const all = [${specifiers.map((_, i) => `m${i}`).join(", ")}];\n`;

describe("feature boundaries (biome noRestrictedImports)", () => {
  const inFeature = "apps/web/src/features/reviews/routes/probe.tsx";

  it("fails a feature that imports another feature through the alias", () => {
    const result = lint(inFeature, probe("@/features/activities/components/activity-form"));
    expect(result.ok).toBe(false);
    expect(result.output).toContain("noRestrictedImports");
    expect(result.output).toContain("A feature imports only src/entities");
  });

  it("fails a feature that reaches another feature by a relative path", () => {
    const result = lint(inFeature, probe("../../activities/utils/names"));
    expect(result.ok).toBe(false);
    expect(result.output).toContain("noRestrictedImports");
  });

  it("fails a feature that imports the app shell", () => {
    expect(lint(inFeature, probe("@/app/router")).ok).toBe(false);
  });

  it("lets a feature import entities, components, lib and its own files", () => {
    const result = lint(
      inFeature,
      probe(
        "@/entities/municipality/api",
        "@/components/back-link",
        "@/lib/format",
        "../api/get-review",
        "./sibling",
        "@cni/contracts/reviews",
      ),
    );
    expect(result.output).not.toContain("noRestrictedImports");
    expect(result.ok).toBe(true);
  });

  it("fails an entity that imports a feature", () => {
    const result = lint(
      "apps/web/src/entities/municipality/probe.ts",
      probe("@/features/directory/utils/municipality"),
    );
    expect(result.ok).toBe(false);
  });

  it("fails lib or components importing an entity or a feature", () => {
    expect(lint("apps/web/src/lib/probe.ts", probe("@/entities/session/get-session")).ok).toBe(
      false,
    );
    expect(
      lint("apps/web/src/components/probe.tsx", probe("@/features/notices/api/get-notices")).ok,
    ).toBe(false);
  });

  it("lets the composition pages in src/app/routes import features", () => {
    const result = lint(
      "apps/web/src/app/routes/probe.tsx",
      probe("@/features/directory/components/municipality-overview"),
    );
    expect(result.ok).toBe(true);
  });

  it("holds for the whole web app today", () => {
    const result = run(root, "apps/web/src");
    expect(result.output).not.toContain("noRestrictedImports");
    expect(result.ok).toBe(true);
  });
});
