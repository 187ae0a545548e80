// Every route, as every role, on a phone (360 px) and on a desk (1366 px): no page scrolls
// sideways and axe finds no WCAG 2.1 A/AA violation. The routes are listed in e2e/routes.ts
// (shared with the dialogs' axe check and the screenshot tour): a new route needs one line
// there. Detail routes use records the run already has (found through the API).
import type { Page } from "@playwright/test";
import { expect, expectNoAxeViolations, test } from "./fixtures.ts";
import { findIds, newMunicipalUser, openRoute, pathsFor, ROLES } from "./routes.ts";

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

  for (const role of ROLES) {
    test(`as ${role}: no sideways scroll at 360 px and 1366 px, no axe violations`, async ({
      browser,
      signInAs,
    }) => {
      const admin = await signInAs("coordinator");
      const ids = await findIds(admin.context.request);

      let page: Page;
      if (role === "anonymous") page = await (await browser.newContext()).newPage();
      else if (role === "coordinator") page = admin.page;
      else page = (await newMunicipalUser(browser, admin, signInAs, role, "sweep")).page;

      for (const path of pathsFor(role, ids)) {
        for (const width of [360, 1366]) {
          await page.setViewportSize({ width, height: 800 });
          await openRoute(page, path);
          await expectNoSidewaysScroll(page);
          if (width === 360) await expectNoAxeViolations(page);
        }
      }
    });
  }
});
