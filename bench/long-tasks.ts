// `npm run bench:long-tasks -- <url> [el|en] [depth]`: what each long task of a page load
// runs. Loads the page once in Chromium (1350 × 940) with a Chrome trace (for the tasks
// over 50 ms and the paint timings) and a CPU profile (for the samples inside each task),
// then prints, per long task, the call paths its samples were in (React's own recursion
// left out), the first contentful paint, the largest one and the blocking time after FCP.
//
// Lighthouse says how long the tasks were; this says what was in them. Names are readable
// in an unminified build: `cd apps/web && npx vite build --outDir <dir> --minify false` and
// start the server with CNI_WEB_DIST=<dir>. On a shared machine, compare the shares within
// a task, not the milliseconds.
import { chromium } from "playwright";

type Frame = { functionName: string; url: string; lineNumber: number };
type ProfileNode = { id: number; callFrame: Frame; children?: number[] };
type Profile = { nodes: ProfileNode[]; startTime: number; samples: number[]; timeDeltas: number[] };
type TraceEvent = {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { name?: string };
};

const [url, language = "el", depthArg = "4"] = process.argv.slice(2);
if (!url) {
  console.error("Usage: npm run bench:long-tasks -- <url> [el|en] [depth]");
  process.exit(2);
}
const depth = Number(depthArg);

// React's work loop and commit recursion: the interesting frames are the components and
// the browser calls under them.
const REACT_INTERNALS =
  /^(recursivelyTraverse\w*|commit\w*|flush\w*|performUnitOfWork|beginWork|update\w*Component|updateForwardRef|renderWithHooks|workLoop\w*|completeUnitOfWork|performWorkOnRoot\w*|performWorkUntilDeadline|performSyncWorkOnRoot|renderRoot\w*|completeRoot\w*|reconcileChildren\w*|\(root\)|)$/;

const browser = await chromium.launch({ executablePath: "/usr/bin/chromium" });
try {
  const context = await browser.newContext({ viewport: { width: 1350, height: 940 } });
  await context.addInitScript((lang) => localStorage.setItem("cni.lang", lang), language);
  await context.addCookies([{ name: "cni.lang", value: language, url }]);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send("Profiler.enable");
  await cdp.send("Profiler.setSamplingInterval", { interval: 200 });
  await browser.startTracing(page, {
    categories: ["devtools.timeline", "disabled-by-default-devtools.timeline", "loading"],
  });
  await cdp.send("Profiler.start");
  await page.goto(url, { waitUntil: "networkidle" });
  await page.waitForTimeout(300);
  const { profile } = (await cdp.send("Profiler.stop")) as { profile: Profile };
  const trace = JSON.parse((await browser.stopTracing()).toString()) as {
    traceEvents: TraceEvent[];
  };
  report(profile, trace.traceEvents);
} finally {
  await browser.close();
}

function report(profile: Profile, events: TraceEvent[]) {
  // the renderer's main thread with the most work is the page's (navigation may swap it)
  let main: TraceEvent[] = [];
  for (const thread of events.filter((e) => e.args?.name === "CrRendererMain")) {
    const own = events.filter((e) => e.ph === "X" && e.pid === thread.pid && e.tid === thread.tid);
    if (own.length > main.length) main = own;
  }
  const start = events.find((e) => e.name === "navigationStart")?.ts ?? main[0]?.ts ?? 0;
  const fcp = events.find((e) => e.name === "firstContentfulPaint")?.ts ?? start;
  const lcp = events.filter((e) => e.name === "largestContentfulPaint::Candidate").at(-1)?.ts;
  const tasks = main.filter((e) => e.name === "RunTask" && (e.dur ?? 0) > 50_000);
  const blocking = tasks
    .filter((task) => task.ts > fcp)
    .reduce((sum, task) => sum + (task.dur ?? 0) / 1000 - 50, 0);
  const ms = (ts: number) => `${((ts - start) / 1000).toFixed(0)} ms`;
  console.log(
    `FCP ${ms(fcp)}, LCP ${lcp ? ms(lcp) : "?"}, blocking after FCP ${blocking.toFixed(0)} ms`,
  );

  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes)
    for (const child of node.children ?? []) parent.set(child, node.id);
  const name = (frame: Frame) =>
    `${frame.functionName || "(anonymous)"} ${frame.url.split("/").pop()}:${frame.lineNumber}`;
  const times: number[] = [];
  let time = profile.startTime;
  for (const delta of profile.timeDeltas) {
    time += delta;
    times.push(time);
  }

  for (const task of tasks) {
    const end = task.ts + (task.dur ?? 0);
    const paths = new Map<string, number>();
    let count = 0;
    profile.samples.forEach((sample, i) => {
      const at = times[i] ?? 0;
      if (at < task.ts || at > end) return;
      count++;
      const stack: Frame[] = [];
      for (let id: number | undefined = sample; id !== undefined; id = parent.get(id)) {
        const frame = byId.get(id)?.callFrame;
        if (frame && !REACT_INTERNALS.test(frame.functionName)) stack.unshift(frame);
      }
      const key = stack.slice(0, depth).map(name).join(" > ") || "(React)";
      paths.set(key, (paths.get(key) ?? 0) + 1);
    });
    console.log(`task at ${ms(task.ts)}: ${((task.dur ?? 0) / 1000).toFixed(0)} ms`);
    for (const [path, n] of [...paths].sort((a, b) => b[1] - a[1]).slice(0, 10)) {
      console.log(`  ${((100 * n) / Math.max(count, 1)).toFixed(0).padStart(3)}%  ${path}`);
    }
  }
}
