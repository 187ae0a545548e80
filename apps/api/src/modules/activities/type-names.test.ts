import { readFileSync } from "node:fs";
import path from "node:path";
import { ACTIVITY_TYPES } from "@cni/domain/enums";
import { describe, expect, it } from "vitest";
import { repoRoot } from "../../config.ts";
import { TYPE_NAMES_EN } from "./type-names.ts";

// The exports name the types as the SPA does: a renamed type in one place only would give
// a CSV whose words differ from the screen's.
const locale = (lang: "el" | "en") =>
  JSON.parse(
    readFileSync(path.join(repoRoot, `apps/web/src/locales/${lang}/activities.json`), "utf8"),
  ) as { types: Record<string, string> };

describe("activity type names", () => {
  it("name every type in English exactly as the SPA's English locale", () => {
    expect(Object.keys(TYPE_NAMES_EN).sort()).toEqual([...ACTIVITY_TYPES].sort());
    expect(TYPE_NAMES_EN).toEqual(locale("en").types);
  });
});
