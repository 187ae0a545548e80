// The one home of what every e2e spec shares: the axe check, signing in through the API in
// a fresh browser context, a small well-formed PDF, and today's date in Athens. Specs import
// `test` and `expect` from here instead of from @playwright/test.
import AxeBuilder from "@axe-core/playwright";
import { type BrowserContext, test as base, expect, type Page } from "@playwright/test";

export { expect };

/** The coordinator the e2e server creates at start-up (see playwright.config.ts). */
export const ADMIN = { email: "admin@cni.test", password: "admin-password-e2e" } as const;

export const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

/**
 * An axe run on the page, in legacy mode: axe runs in the page itself. The default mode
 * collects each frame's results and then opens a blank page to merge them — for pages
 * without cross-origin frames (the SPA has none) the same result, at half the time
 * (1.24 → 0.63 s a page in the sweep).
 */
export function axeBuilder(page: Page): AxeBuilder {
  return new AxeBuilder({ page }).setLegacyMode(true);
}

/** axe's violations, one line each: rule, impact, and every node with its failure. */
export function describeViolations(results: Awaited<ReturnType<AxeBuilder["analyze"]>>) {
  return results.violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.nodes
        .map((n) => `${n.target.join(" ")} ${n.html.slice(0, 120)} ${n.failureSummary ?? ""}`)
        .join(", ")}`,
  );
}

/** Fails with every WCAG 2.1 A/AA violation axe finds on the page, one line each. */
export async function expectNoAxeViolations(page: Page): Promise<void> {
  const results = await axeBuilder(page).withTags(WCAG_TAGS).analyze();
  expect(describeViolations(results), "axe WCAG 2.1 A/AA violations").toEqual([]);
}

/**
 * Repeats a call the server shed with 503 (its load guard answers "busy" while the event
 * loop lags on a loaded machine); any other answer is returned as is.
 */
export async function retry503<T extends { status(): number }>(call: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    const response = await call();
    if (response.status() !== 503 || attempt === 10) return response;
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
}

/** Today in the Athens calendar, 'YYYY-MM-DD' (the runner's own zone does not matter). */
export function athensToday(): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Athens" }).format(new Date());
}

/** Calendar arithmetic on 'YYYY-MM-DD' (no clock, no zone). */
export function addDays(date: string, days: number): string {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/** 'YYYY-MM-DD' as typed into the date fields of the Greek UI: DD/MM/YYYY. */
export const typedDate = (date: string) => date.split("-").reverse().join("/");

/** A small but well-formed PDF (one page), made here rather than shipped as a file. */
export function tinyPdf(): Buffer {
  const objects = [
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >>",
  ];
  let body = "%PDF-1.4\n";
  const offsets: number[] = [];
  objects.forEach((object, i) => {
    offsets.push(body.length);
    body += `${i + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) body += `${String(offset).padStart(10, "0")} 00000 n \n`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, "latin1");
}

/** The file Playwright's setInputFiles takes: the tiny PDF under the given name. */
export function pdfFile(name: string) {
  return { name, mimeType: "application/pdf", buffer: tinyPdf() };
}

export type Credentials = { email: string; password: string };

/** A browser context signed in through the API, with its first page and CSRF token. */
export type SignedIn = {
  context: BrowserContext;
  page: Page;
  csrf: string;
  close: () => Promise<void>;
};

type WorkerFixtures = {
  /** Signs in through the API in a fresh context (the SPA then reads the session). */
  signInAs: (who: Credentials | "coordinator") => Promise<SignedIn>;
};

type TestFixtures = {
  /** Runs axe on the page and fails on any WCAG 2.1 A/AA violation. */
  axe: (page: Page) => Promise<void>;
};

export const test = base.extend<TestFixtures, WorkerFixtures>({
  // biome-ignore lint/correctness/noEmptyPattern: Playwright fixtures take their dependencies destructured
  axe: async ({}, use) => {
    await use(expectNoAxeViolations);
  },
  signInAs: [
    async ({ browser }, use) => {
      const contexts: BrowserContext[] = [];
      await use(async (who) => {
        const credentials = who === "coordinator" ? ADMIN : who;
        const context = await browser.newContext();
        contexts.push(context);
        // No request interception: the e2e server runs with load shedding off
        // (playwright.config.ts), and routing every asset through the runner slows pages.
        const login = await retry503(() =>
          context.request.post("/api/auth/login", { data: credentials }),
        );
        expect(login.status(), await login.text()).toBe(200);
        const { csrfToken } = (await login.json()) as { csrfToken: string };
        const page = await context.newPage();
        return { context, page, csrf: csrfToken, close: () => context.close() };
      });
      for (const context of contexts) await context.close().catch(() => undefined);
    },
    { scope: "worker" },
  ],
});
