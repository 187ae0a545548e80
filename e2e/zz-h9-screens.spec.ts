// TEMPORARY (helper H9): screenshots of the users page, the notices inbox and the
// designation form, el/en, 1366/360. Deleted after use.
import { expect, pdfFile, test } from "./fixtures";

for (const width of [1366, 360]) {
  for (const lang of ["el", "en"] as const) {
    test(`screens ${lang} ${width}`, async ({ signInAs, playwright, baseURL }) => {
      test.setTimeout(180_000);
      const { page } = await signInAs("coordinator");
      await page.setViewportSize({ width, height: 900 });
      await page.goto("/");
      if (lang === "en") {
        await page.getByRole("button", { name: "Switch to English" }).click();
      }
      // a registration so that the users page and the inbox show one
      const email = `shot-${lang}-${width}@kalamata.test`;
      const anon = await playwright.request.newContext({ baseURL });
      const reg = await anon.post("/api/registrations", {
        data: {
          municipality: { code: width === 360 ? (lang === "el" ? "4505" : "4502") : lang === "el" ? "4503" : "4504" },
          officer: { name: "Δοκιμαστικός Υπάλληλος", email, position: "Υπάλληλος" },
          password: "tangerine lighthouse 47 violins",
        },
      });
      console.log("registration", reg.status());
      await page.goto("/admin/users");
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      await page.waitForTimeout(1500);
      const scroll = await page.evaluate(() => document.documentElement.scrollWidth);
      console.log(`users ${lang} ${width} scrollWidth=${scroll}`);
      await page.screenshot({ path: `/tmp/h9-shots/users-${lang}-${width}.png`, fullPage: true });

      await page.goto("/notices");
      await page.waitForTimeout(1500);
      console.log(`notices ${lang} ${width} scrollWidth=${await page.evaluate(() => document.documentElement.scrollWidth)}`);
      await page.screenshot({ path: `/tmp/h9-shots/notices-${lang}-${width}.png`, fullPage: true });

      await page.goto("/municipalities/trikala");
      const section = page.locator("section[aria-labelledby=municipality-designations]");
      await section.scrollIntoViewIfNeeded();
      await section.getByRole("button").last().click();
      await page.waitForTimeout(800);
      await page.locator('input[type="file"]').first().setInputFiles(pdfFile("Απόφαση 12-2026.pdf"));
      await page.waitForTimeout(500);
      console.log(`designation ${lang} ${width} scrollWidth=${await page.evaluate(() => document.documentElement.scrollWidth)}`);
      await section.screenshot({ path: `/tmp/h9-shots/designation-form-${lang}-${width}.png` });
      const form = section.locator("form");
      await form.locator("input[id$=-name]").fill(`Πρόσωπο ${lang} ${width}`);
      await form.locator("input[id$=-email]").fill(`p-${lang}-${width}@trikala.test`);
      await form.locator("input[id$=-act-number]").fill("12/2026");
      await form.locator("input[id$=-act-date]").fill("2026-01-10");
      await form.locator("button[type=submit]").click();
      await expect(section.getByRole("link", { name: /PDF/ }).first()).toBeVisible();
      await page.waitForTimeout(800);
      await section.screenshot({ path: `/tmp/h9-shots/designation-done-${lang}-${width}.png` });
    });
  }
}
