// Temporary (helper H5): screenshots of the date field and the offline states. Deleted after use.
import { ADMIN, expect, retry503, test } from "./fixtures";

const OUT = "/tmp/h5-shots";
for (const lang of ["el", "en"] as const) {
  for (const width of [1366, 360]) {
    test(`shots ${lang} ${width}`, async ({ browser }, testInfo) => {
      test.setTimeout(120_000);
      const context = await browser.newContext({
        locale: "en-US",
        timezoneId: "Europe/Athens",
        baseURL: String(testInfo.project.use.baseURL),
        viewport: { width, height: 900 },
      });
      await context.addInitScript((l) => window.localStorage.setItem("cni.lang", l), lang);
      const login = await retry503(() => context.request.post("/api/auth/login", { data: ADMIN }));
      expect(login.status()).toBe(200);
      const page = await context.newPage();
      await page.goto("/withdrawals/new?municipalityId=katerini");
      const field = page.getByRole("textbox", {
        name: lang === "el" ? "Ημερομηνία της απόφασης" : "Date of the decision",
      });
      await field.fill("30/11/2026");
      await field.blur();
      await field.scrollIntoViewIfNeeded();
      await page.screenshot({ path: `${OUT}/date-closed-${lang}-${width}.png` });
      await page.getByRole("button", { name: lang === "el" ? "Επιλογή από το ημερολόγιο" : "Pick from the calendar" }).click();
      await page.getByRole("dialog").locator("table").waitFor();
      await page.screenshot({ path: `${OUT}/date-open-${lang}-${width}.png` });
      await page.keyboard.press("Escape");
      await field.fill("31/02/2026");
      await field.blur();
      await page.screenshot({ path: `${OUT}/date-invalid-${lang}-${width}.png` });
      await page.goto("/admin/audit?from=2024-01-01");
      await page.waitForTimeout(1500);
      await page.screenshot({ path: `${OUT}/audit-${lang}-${width}.png` });
      await page.goto("/?asOf=2020-01-01");
      await page.waitForTimeout(1500);
      await page.screenshot({ path: `${OUT}/asof-${lang}-${width}.png` });

      const anon = await browser.newPage({ viewport: { width, height: 900 }, baseURL: String(testInfo.project.use.baseURL) });
      await anon.addInitScript((l) => window.localStorage.setItem("cni.lang", l), lang);
      await anon.route("**/api/**", (route) => route.abort("internetdisconnected"));
      await anon.goto("/municipalities/serres");
      await anon.getByTestId("connection-error").waitFor({ timeout: 20_000 });
      await anon.screenshot({ path: `${OUT}/offline-first-${lang}-${width}.png` });
      await anon.unroute("**/api/**");
      await anon.clock.install();
      await anon.goto("/network");
      await anon.waitForTimeout(1500);
      await anon.goto("/");
      await anon.waitForTimeout(1500);
      await anon.route("**/api/**", (route) => route.abort("internetdisconnected"));
      await anon.clock.fastForward("01:00");
      await anon.goBack();
      await anon.getByTestId("connection-banner").waitFor();
      await anon.waitForTimeout(1500);
      await anon.screenshot({ path: `${OUT}/offline-stale-${lang}-${width}.png` });
      await anon.close();
      await context.close();
    });
  }
}
