// Lighthouse (the npm package, pinned) against the system Chromium, desktop preset: each
// page is audited `runs` times; the median of each category and of each metric is kept, and
// every run also records its metrics and the audits that say where the time goes.
//
// Why the metrics and not only the score: Lighthouse's simulated throttling replays the CPU
// time it observed, so on a shared machine the score moves with the load; TBT, LCP and the
// long tasks (with the benchmark index and the load average beside them) say whether the
// page itself got faster.
import os from "node:os";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import desktopConfig from "lighthouse/core/config/desktop-config.js";

export type LighthouseMetrics = {
  /** milliseconds, except cls (unitless) */
  fcp: number;
  lcp: number;
  tbt: number;
  cls: number;
  si: number;
  tti: number;
  /** main-thread work and script evaluation, ms */
  mainThread: number;
  bootup: number;
  domSize: number;
  totalBytes: number;
};

export type LighthouseFinding = {
  id: string;
  title: string;
  score: number | null;
  /** what Lighthouse estimates fixing it would save */
  savingsMs?: number;
  savingsBytes?: number;
  /** the audit's own value (e.g. the LCP element's render delay, a long task's duration) */
  value?: string;
};

export type LighthouseRun = {
  performance: number;
  accessibility: number;
  bestPractices: number;
  metrics: LighthouseMetrics;
  /** Lighthouse's CPU benchmark of this machine at this moment (higher is faster) */
  benchmarkIndex: number;
  loadAverage: number;
  /** the LCP element and its phases (TTFB, load delay, load time, render delay), ms */
  lcpElement?: string;
  lcpPhases?: Record<string, number>;
  longTasks: { url: string; startTime: number; duration: number }[];
  opportunities: LighthouseFinding[];
  diagnostics: LighthouseFinding[];
  failedAudits: LighthouseFinding[];
};

export type LighthouseScores = {
  page: string;
  url: string;
  performance: number;
  accessibility: number;
  bestPractices: number;
  /** the median of each metric over the runs */
  metrics?: LighthouseMetrics;
  runs: LighthouseRun[];
  failed?: string;
};

const CATEGORIES = ["performance", "accessibility", "best-practices"];
const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
};

// The lhr types are wide; this is the part of an audit this file reads.
type Audit = {
  id: string;
  title: string;
  score: number | null;
  scoreDisplayMode: string;
  numericValue?: number;
  displayValue?: string;
  metricSavings?: Record<string, number | undefined>;
  details?: {
    type: string;
    overallSavingsMs?: number;
    overallSavingsBytes?: number;
    items?: unknown[];
  };
};
type Lhr = {
  audits: Record<string, Audit>;
  categories: Record<string, { score: number | null; auditRefs: { id: string }[] } | undefined>;
  environment: { benchmarkIndex: number };
};

const METRIC_AUDITS: Record<keyof LighthouseMetrics, string> = {
  fcp: "first-contentful-paint",
  lcp: "largest-contentful-paint",
  tbt: "total-blocking-time",
  cls: "cumulative-layout-shift",
  si: "speed-index",
  tti: "interactive",
  mainThread: "mainthread-work-breakdown",
  bootup: "bootup-time",
  domSize: "dom-size",
  totalBytes: "total-byte-weight",
};
const round = (n: number | undefined, digits = 0) =>
  n === undefined ? 0 : Math.round(n * 10 ** digits) / 10 ** digits;

function findings(lhr: Lhr): Pick<LighthouseRun, "opportunities" | "diagnostics" | "failedAudits"> {
  const performanceIds = new Set(lhr.categories.performance?.auditRefs.map((ref) => ref.id));
  const metricIds = new Set(Object.values(METRIC_AUDITS));
  const opportunities: LighthouseFinding[] = [];
  const diagnostics: LighthouseFinding[] = [];
  const failedAudits: LighthouseFinding[] = [];
  for (const audit of Object.values(lhr.audits)) {
    const finding: LighthouseFinding = {
      id: audit.id,
      title: audit.title,
      score: audit.score,
      ...(audit.details?.overallSavingsMs
        ? { savingsMs: round(audit.details.overallSavingsMs) }
        : audit.metricSavings && Object.values(audit.metricSavings).some(Boolean)
          ? { savingsMs: round(Math.max(...Object.values(audit.metricSavings).map((v) => v ?? 0))) }
          : {}),
      ...(audit.details?.overallSavingsBytes
        ? { savingsBytes: round(audit.details.overallSavingsBytes) }
        : {}),
      ...(audit.displayValue ? { value: audit.displayValue } : {}),
    };
    if (!performanceIds.has(audit.id) || metricIds.has(audit.id)) {
      // accessibility / best practices: only what fails
      if (audit.score !== null && audit.score < 1 && audit.scoreDisplayMode === "binary")
        failedAudits.push(finding);
      continue;
    }
    // what fails, or what Lighthouse says would save time or bytes; not the informative rest
    const failing = audit.score !== null && audit.score < 0.9;
    if (!failing && !finding.savingsMs && !finding.savingsBytes) continue;
    if (audit.details?.type === "opportunity") opportunities.push(finding);
    else if (audit.scoreDisplayMode !== "manual" && audit.scoreDisplayMode !== "notApplicable")
      diagnostics.push(finding);
  }
  const bySavings = (a: LighthouseFinding, b: LighthouseFinding) =>
    (b.savingsMs ?? 0) - (a.savingsMs ?? 0) || (b.savingsBytes ?? 0) - (a.savingsBytes ?? 0);
  return {
    opportunities: opportunities.sort(bySavings).slice(0, 8),
    diagnostics: diagnostics.sort(bySavings).slice(0, 10),
    failedAudits,
  };
}

function lcpBreakdown(lhr: Lhr): Pick<LighthouseRun, "lcpElement" | "lcpPhases"> {
  const details = lhr.audits["largest-contentful-paint-element"]?.details;
  if (!details?.items) return {};
  let lcpElement: string | undefined;
  let lcpPhases: Record<string, number> | undefined;
  for (const table of details.items as { items?: Record<string, unknown>[] }[]) {
    for (const item of table.items ?? []) {
      const node = item.node as { selector?: string; snippet?: string } | undefined;
      if (node) lcpElement = `${node.selector ?? ""} ${node.snippet ?? ""}`.trim().slice(0, 160);
      if (typeof item.phase === "string" && typeof item.timing === "number") {
        lcpPhases ??= {};
        lcpPhases[item.phase] = round(item.timing);
      }
    }
  }
  return { ...(lcpElement ? { lcpElement } : {}), ...(lcpPhases ? { lcpPhases } : {}) };
}

function longTasks(lhr: Lhr): LighthouseRun["longTasks"] {
  const items = (lhr.audits["long-tasks"]?.details?.items ?? []) as {
    url?: string;
    startTime?: number;
    duration?: number;
  }[];
  return items
    .map((task) => ({
      url: (task.url ?? "").replace(/^https?:\/\/[^/]+/, ""),
      startTime: round(task.startTime),
      duration: round(task.duration),
    }))
    .slice(0, 6);
}

function readRun(lhr: Lhr): LighthouseRun {
  const metrics = Object.fromEntries(
    Object.entries(METRIC_AUDITS).map(([key, id]) => [
      key,
      round(lhr.audits[id]?.numericValue, key === "cls" ? 3 : 0),
    ]),
  ) as LighthouseMetrics;
  return {
    performance: Math.round((lhr.categories.performance?.score ?? 0) * 100),
    accessibility: Math.round((lhr.categories.accessibility?.score ?? 0) * 100),
    bestPractices: Math.round((lhr.categories["best-practices"]?.score ?? 0) * 100),
    metrics,
    benchmarkIndex: round(lhr.environment.benchmarkIndex),
    loadAverage: round(os.loadavg()[0], 1),
    ...lcpBreakdown(lhr),
    longTasks: longTasks(lhr),
    ...findings(lhr),
  };
}

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
      const done: LighthouseRun[] = [];
      let failed: string | undefined;
      for (let i = 0; i < runs; i += 1) {
        const result = await lighthouse(
          url,
          { port: chrome.port, output: "json", logLevel: "error", onlyCategories: CATEGORIES },
          desktopConfig,
        );
        const runtimeError = result?.lhr.runtimeError?.message;
        if (!result?.lhr.categories || runtimeError) {
          failed = runtimeError ?? "no result";
          continue;
        }
        done.push(readRun(result.lhr as unknown as Lhr));
      }
      const metrics = done.length
        ? (Object.fromEntries(
            Object.keys(METRIC_AUDITS).map((key) => [
              key,
              median(done.map((run) => run.metrics[key as keyof LighthouseMetrics])),
            ]),
          ) as LighthouseMetrics)
        : undefined;
      results.push({
        page,
        url,
        performance: median(done.map((s) => s.performance)),
        accessibility: median(done.map((s) => s.accessibility)),
        bestPractices: median(done.map((s) => s.bestPractices)),
        ...(metrics ? { metrics } : {}),
        runs: done,
        ...(failed && done.length < runs ? { failed } : {}),
      });
    }
  } finally {
    chrome.kill();
  }
  return results;
}

const ms = (n: number | undefined) => (n === undefined ? "–" : `${n} ms`);

/** The report's Lighthouse section: scores and median metrics, each run's, what to fix. */
export function lighthouseMarkdown(results: LighthouseScores[]): string[] {
  const lines = [
    "",
    "| Lighthouse (desktop, median of runs) | performance | accessibility | best practices | FCP | LCP | TBT | CLS | SI | main thread | runs (perf., TBT, LCP, benchmark index, load) |",
    "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|",
  ];
  for (const l of results) {
    const m = l.metrics;
    const runs = l.runs
      .map(
        (r) =>
          `${r.performance} / ${r.metrics.tbt} / ${r.metrics.lcp} / ${r.benchmarkIndex} / ${r.loadAverage}`,
      )
      .join("; ");
    lines.push(
      `| ${l.page} ${new URL(l.url).pathname} | ${l.performance} | ${l.accessibility} | ${l.bestPractices} | ${ms(m?.fcp)} | ${ms(m?.lcp)} | ${ms(m?.tbt)} | ${m?.cls ?? "–"} | ${ms(m?.si)} | ${ms(m?.mainThread)} | ${runs} |${l.failed ? ` (${l.failed})` : ""}`,
    );
  }
  lines.push(
    "Targets: performance ≥ 95 (directory), ≥ 98 (activities, municipality); accessibility 100, best practices 100.",
  );
  lines.push("");
  for (const l of results) {
    const last = l.runs.at(-1);
    if (!last) continue;
    const top = [...last.opportunities, ...last.diagnostics]
      .filter((f) => f.savingsMs || f.savingsBytes || (f.score !== null && f.score < 0.9))
      .slice(0, 6)
      .map(
        (f) =>
          `${f.id}${f.savingsMs ? ` −${f.savingsMs} ms` : ""}${f.savingsBytes ? ` −${Math.round(f.savingsBytes / 1024)} KB` : ""}${f.value && !f.savingsMs ? ` (${f.value})` : ""}`,
      );
    const phases = last.lcpPhases
      ? Object.entries(last.lcpPhases)
          .map(([phase, t]) => `${phase} ${t}`)
          .join(", ")
      : "";
    lines.push(
      `- ${l.page} (last run): ${top.join("; ") || "no opportunities"}${phases ? `. LCP phases (ms): ${phases}` : ""}${last.failedAudits.length ? `. Failing: ${last.failedAudits.map((f) => f.id).join(", ")}` : ""}`,
    );
  }
  return lines;
}
