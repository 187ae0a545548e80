// Every route, as every role, on a phone (360 px) and on a desk (1366 px): no page scrolls
// sideways and axe finds no WCAG 2.1 A/AA violation. The routes are listed in e2e/routes.ts
// (shared with the dialogs' axe check and the screenshot tour): a new route needs one line
// there. Detail routes use records the run already has, or that its set-up makes.
import type { Page } from "@playwright/test";
import { expect, expectNoAxeViolations, test } from "./fixtures.ts";
import {
  findIds,
  type Ids,
  newMunicipalUser,
  openRoute,
  pathsFor,
  ROLES,
  seedDetailRecords,
  settle,
} from "./routes.ts";

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
  let ids: Ids;

  // This spec runs against a server of its own (the "pages" project, playwright.config.ts),
  // so it makes the records its detail routes show, once per worker.
  test.beforeAll(async ({ browser, signInAs }) => {
    const admin = await signInAs("coordinator");
    ids = await findIds(admin.context.request);
    if (!ids.activity || !ids.amendment || !ids.withdrawal) {
      await seedDetailRecords(browser, admin, signInAs, "sweep-records");
      ids = await findIds(admin.context.request);
    }
    expect(ids, "a record for every detail route").toEqual({
      activity: expect.any(String),
      accession: expect.any(String),
      amendment: expect.any(String),
      withdrawal: expect.any(String),
      review: expect.any(String),
    });
  });

  for (const role of ROLES) {
    test(`as ${role}: no sideways scroll at 360 px and 1366 px, no axe violations`, async ({
      browser,
      signInAs,
    }) => {
      let page: Page;
      if (role === "anonymous") page = await (await browser.newContext()).newPage();
      else {
        const admin = await signInAs("coordinator");
        if (role === "coordinator") page = admin.page;
        else page = (await newMunicipalUser(browser, admin, signInAs, role, "sweep")).page;
      }

      // Each page loads once, on a phone; then the window widens to a desk's and the
      // responsive layout (media queries, Mantine's hooks) follows the resize.
      for (const path of pathsFor(role, ids)) {
        await page.setViewportSize({ width: 360, height: 800 });
        await openRoute(page, path);
        await expectNoSidewaysScroll(page);
        await expectNoAxeViolations(page);
        await page.setViewportSize({ width: 1366, height: 800 });
        await settle(page);
        await expectNoSidewaysScroll(page);
      }
    });
  }
});
