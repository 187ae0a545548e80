// TEMPORARY (H6): screenshots for review; deleted after use.
import { expect, test } from "./fixtures";

test("h6 screenshots", async ({ signInAs }) => {
  test.setTimeout(240_000);
  const coordinator = await signInAs("coordinator");
  const created = await coordinator.context.request.post("/api/users", {
    headers: { "x-csrf-token": coordinator.csrf },
    data: {
      email: "shot.officer@e2e.cni",
      name: "Ελένη Λαρισαίου",
      role: "officer",
      municipalityId: "larissa",
    },
  });
  const { user } = await created.json();
  const page = coordinator.page;
  for (const lang of ["el", "en"]) {
    await page.addInitScript((l) => localStorage.setItem("cni.lang", l), lang);
    for (const width of [1366, 360]) {
      await page.setViewportSize({ width, height: width > 400 ? 900 : 800 });
      for (const path of ["/dashboard", "/municipalities/larissa"]) {
        await page.goto(path);
        await page.waitForLoadState("networkidle");
        await page.waitForTimeout(1000);
        await page.screenshot({
          path: `/tmp/h6-shots/${lang}-${width}${path.replaceAll("/", "_")}.png`,
          fullPage: true,
        });
      }
    }
  }
  const started = await page.request.post("/api/view-as", {
    headers: { "x-csrf-token": coordinator.csrf },
    data: { userId: user.id },
  });
  expect(started.status()).toBe(200);
  for (const lang of ["el", "en"]) {
    await page.addInitScript((l) => localStorage.setItem("cni.lang", l), lang);
    for (const width of [1366, 360]) {
      await page.setViewportSize({ width, height: width > 400 ? 900 : 800 });
      for (const path of ["/my", "/account"]) {
        await page.goto(path);
        await page.getByTestId("view-as-banner").waitFor();
        await page.waitForLoadState("networkidle");
        await page.waitForTimeout(1000);
        if (path === "/account") {
          await page.locator("form button[type=submit]").first().click();
          await page.waitForTimeout(1000);
        }
        await page.screenshot({
          path: `/tmp/h6-shots/${lang}-${width}-viewas${path.replaceAll("/", "_")}.png`,
          fullPage: false,
        });
      }
    }
  }
});
