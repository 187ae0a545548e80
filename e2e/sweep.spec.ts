// Every route, as every role, on a phone (360 px) and on a desk (1366 px): no page scrolls
// sideways and axe finds no WCAG 2.1 A/AA violation. Detail routes use records that exist
// in the seeded network (or that this spec finds through the API), so a new route only
// needs a line in ROUTES.
import type { APIRequestContext, Page } from "@playwright/test";
import { expect, expectNoAxeViolations, retry503, test } from "./fixtures.ts";

type Role = "anonymous" | "coordinator" | "officer" | "representative";

const RUN = Date.now().toString(36);
const PASSWORD = "sweep passphrase for every page 2026";

/** Routes and who may open them (others are sent to sign-in or see "not allowed"). */
const ROUTES: { path: string | ((ids: Ids) => string); roles: Role[] }[] = [
  { path: "/", roles: ["anonymous", "coordinator", "officer", "representative"] },
  { path: "/municipalities", roles: ["anonymous", "coordinator", "officer", "representative"] },
  {
    path: "/municipalities/larissa",
    roles: ["anonymous", "coordinator", "officer", "representative"],
  },
  { path: "/network", roles: ["anonymous", "coordinator", "officer", "representative"] },
  { path: "/activities", roles: ["anonymous", "coordinator", "officer", "representative"] },
  {
    path: "/activities/calendar",
    roles: ["anonymous", "coordinator", "officer", "representative"],
  },
  { path: "/activities/new", roles: ["coordinator"] },
  { path: "/activities/propose", roles: ["officer", "representative"] },
  { path: "/activities/proposals", roles: ["coordinator"] },
  {
    path: (ids) => `/activities/${ids.activity}`,
    roles: ["anonymous", "coordinator", "officer", "representative"],
  },
  {
    path: "/pillars/employability",
    roles: ["anonymous", "coordinator", "officer", "representative"],
  },
  { path: "/mou", roles: ["anonymous", "coordinator", "officer", "representative"] },
  { path: "/amendments", roles: ["anonymous", "coordinator", "officer", "representative"] },
  { path: "/amendments/new", roles: ["representative"] },
  { path: "/reviews", roles: ["coordinator", "officer", "representative"] },
  { path: "/withdrawals", roles: ["coordinator", "officer"] },
  { path: "/withdrawals/new", roles: ["coordinator", "officer"] },
  { path: "/dashboard", roles: ["coordinator"] },
  { path: "/sign-in", roles: ["anonymous"] },
  { path: "/register", roles: ["anonymous"] },
  { path: "/my", roles: ["officer", "representative"] },
  { path: "/notices", roles: ["coordinator", "officer", "representative"] },
  { path: "/admin/users", roles: ["coordinator"] },
  { path: "/admin/audit", roles: ["coordinator"] },
  { path: "/admin/accessions", roles: ["coordinator"] },
  { path: (ids) => `/admin/accessions/${ids.accession}`, roles: ["coordinator"] },
  { path: "/no-such-page", roles: ["anonymous", "coordinator"] },
];

type Ids = { activity: string; accession: string };

async function json<T>(request: APIRequestContext, url: string): Promise<T> {
  const response = await retry503(() => request.get(url));
  expect(response.status(), `${url}: ${await response.text()}`).toBe(200);
  return (await response.json()) as T;
}

/** An invited, verified account of Larissa with the given role, signed up with PASSWORD. */
async function createAccount(request: APIRequestContext, csrf: string, role: Role) {
  const email = `sweep-${role}-${RUN}@cni.test`;
  const created = await retry503(() =>
    request.post("/api/users", {
      headers: { "x-csrf-token": csrf },
      data: { email, name: `Sweep ${role}`, role, municipalityId: "larissa" },
    }),
  );
  expect(created.status(), await created.text()).toBe(201);
  const { invitationUrl } = (await created.json()) as { invitationUrl: string };
  const token = new URL(invitationUrl).hash.slice(1);
  return { email, token };
}

/** No element makes the page wider than the window. */
async function expectNoSidewaysScroll(page: Page) {
  const widths = await page.evaluate(() => ({
    scroll: document.documentElement.scrollWidth,
    inner: window.innerWidth,
  }));
  expect(widths.scroll, `${page.url()} scrolls sideways`).toBeLessThanOrEqual(widths.inner);
}

test.describe("every page, every role", () => {
  test.describe.configure({ timeout: 300_000 });

  for (const role of ["anonymous", "coordinator", "officer", "representative"] as const) {
    test(`as ${role}: no sideways scroll at 360 px and 1366 px, no axe violations`, async ({
      browser,
      signInAs,
    }) => {
      const admin = await signInAs("coordinator");
      const ids: Ids = {
        activity: (
          await json<{ items: { id: string }[] }>(admin.context.request, "/api/activities")
        ).items[0]?.id as string,
        accession: (
          await json<{ items: { id: string }[] }>(admin.context.request, "/api/accessions")
        ).items[0]?.id as string,
      };

      let page: Page;
      if (role === "anonymous") {
        page = await (await browser.newContext()).newPage();
      } else if (role === "coordinator") {
        page = admin.page;
      } else {
        const { email, token } = await createAccount(admin.context.request, admin.csrf, role);
        // Accepted in a context of its own: accepting signs the browser in as the invitee.
        const invitee = await browser.newContext();
        const accepted = await retry503(() =>
          invitee.request.post("/api/invitations/accept", { data: { token, password: PASSWORD } }),
        );
        expect(accepted.status(), await accepted.text()).toBe(200);
        await invitee.close();
        page = (await signInAs({ email, password: PASSWORD })).page;
      }

      for (const route of ROUTES.filter((r) => r.roles.includes(role))) {
        const path = typeof route.path === "function" ? route.path(ids) : route.path;
        for (const width of [360, 1366]) {
          await page.setViewportSize({ width, height: 800 });
          await page.goto(path);
          await expect(page.locator("main h1").first()).toBeVisible();
          await page.waitForLoadState("networkidle");
          await expectNoSidewaysScroll(page);
          if (width === 360) await expectNoAxeViolations(page);
        }
      }
    });
  }
});
