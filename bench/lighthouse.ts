// Lighthouse (the npm package, pinned) against the system Chromium, desktop preset: each
// page is audited `runs` times and the median of each category is kept.
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import desktopConfig from "lighthouse/core/config/desktop-config.js";

export type LighthouseScores = {
  page: string;
  url: string;
  performance: number;
  accessibility: number;
  bestPractices: number;
  runs: { performance: number; accessibility: number; bestPractices: number }[];
  failed?: string;
};

const CATEGORIES = ["performance", "accessibility", "best-practices"];
const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
};

export async function runLighthouse(
  pages: { page: string; url: string }[],
  options: { runs?: number; chromePath?: string } = {},
): Promise<LighthouseScores[]> {
  const runs = options.runs ?? 3;
  const chrome = await chromeLauncher.launch({
    chromePath: options.chromePath ?? "/usr/bin/chromium",
    chromeFlags: ["--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu"],
  });
  const results: LighthouseScores[] = [];
  try {
    for (const { page, url } of pages) {
      const scores: LighthouseScores["runs"] = [];
      let failed: string | undefined;
      for (let i = 0; i < runs; i += 1) {
        const result = await lighthouse(
          url,
          { port: chrome.port, output: "json", logLevel: "error", onlyCategories: CATEGORIES },
          desktopConfig,
        );
        const categories = result?.lhr.categories;
        const runtimeError = result?.lhr.runtimeError?.message;
        if (!categories || runtimeError) {
          failed = runtimeError ?? "no result";
          continue;
        }
        scores.push({
          performance: Math.round((categories.performance?.score ?? 0) * 100),
          accessibility: Math.round((categories.accessibility?.score ?? 0) * 100),
          bestPractices: Math.round((categories["best-practices"]?.score ?? 0) * 100),
        });
      }
      results.push({
        page,
        url,
        performance: median(scores.map((s) => s.performance)),
        accessibility: median(scores.map((s) => s.accessibility)),
        bestPractices: median(scores.map((s) => s.bestPractices)),
        runs: scores,
        ...(failed && scores.length < runs ? { failed } : {}),
      });
    }
  } finally {
    chrome.kill();
  }
  return results;
}
