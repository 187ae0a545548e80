// Reminders (issue 15 item 14), in Chromium against the production build: the coordinator
// reaches /admin/reminders from the navigation, switches a reminder kind off and on again
// with the keyboard and the mouse, and each change persists after a reload (it is stored by
// the API). The page passes axe in Greek and English and never scrolls sideways at 360 px.
import type { Page } from "@playwright/test";
import { expect, expectNoAxeViolations, test } from "./fixtures";

async function expectNoSidewaysScroll(page: Page) {
  const widths = await page.evaluate(() => ({
    scroll: document.documentElement.scrollWidth,
    inner: window.innerWidth,
  }));
  expect(widths.scroll).toBeLessThanOrEqual(widths.inner);
}

test("a coordinator switches a reminder off and on again, and it persists", async ({
  signInAs,
}) => {
  test.setTimeout(90_000);
  const admin = await signInAs("coordinator");
  const page = admin.page;
  await page.setViewportSize({ width: 1366, height: 900 });
  await page.goto("/dashboard");
  await page.getByRole("link", { name: "Υπενθυμίσεις" }).click();
  await expect(page).toHaveURL(/\/admin\/reminders$/);
  await expect(page.getByRole("heading", { level: 1, name: "Υπενθυμίσεις" })).toBeVisible();

  const waiting = page.getByRole("switch", { name: "Δηλώσεις προσχώρησης σε αναμονή" });
  await expect(waiting).toBeChecked();
  await expect(page.getByRole("switch")).toHaveCount(4);

  // Off, by keyboard: focus the switch and press Space.
  await waiting.focus();
  await page.keyboard.press("Space");
  await expect(page.getByTestId("reminder-declaration_waiting-state")).toHaveText(
    "Απενεργοποιημένη.",
  );
  await expect(waiting).not.toBeChecked();
  await expect(waiting).toBeEnabled(); // the change was saved
  await page.reload();
  await expect(
    page.getByRole("switch", { name: "Δηλώσεις προσχώρησης σε αναμονή" }),
  ).not.toBeChecked();
  // the others were not touched
  await expect(page.getByRole("switch", { name: "Ειδοποιήσεις χωρίς επιβεβαίωση" })).toBeChecked();

  // On again, by mouse.
  await page.getByRole("switch", { name: "Δηλώσεις προσχώρησης σε αναμονή" }).click();
  await expect(page.getByTestId("reminder-declaration_waiting-state")).toHaveText("Ενεργή.");
  await expect(page.getByRole("switch", { name: "Δηλώσεις προσχώρησης σε αναμονή" })).toBeEnabled();
  await page.reload();
  await expect(page.getByRole("switch", { name: "Δηλώσεις προσχώρησης σε αναμονή" })).toBeChecked();

  // The API agrees (what the reminder job reads).
  const settings = await page.request.get("/api/reminders/settings");
  const body = (await settings.json()) as { settings: { kind: string; enabled: boolean }[] };
  expect(body.settings.find((s) => s.kind === "declaration_waiting")?.enabled).toBe(true);
  await expect(page.getByRole("heading", { name: "Τελευταίες υπενθυμίσεις" })).toBeVisible();
});

test("the reminders page passes axe in Greek and English, at 360 px and 1366 px", async ({
  signInAs,
}, testInfo) => {
  test.setTimeout(180_000);
  const admin = await signInAs("coordinator");
  const page = admin.page;
  for (const language of ["el", "en"] as const) {
    await page.addInitScript((lang) => window.localStorage.setItem("cni.lang", lang), language);
    await page.goto("/admin/reminders");
    for (const width of [1366, 360]) {
      await page.setViewportSize({ width, height: 900 });
      await page.reload();
      await expect(page.getByRole("switch")).toHaveCount(4);
      await expect(
        page.getByRole("heading", {
          level: 1,
          name: language === "el" ? "Υπενθυμίσεις" : "Reminders",
        }),
      ).toBeVisible();
      await expectNoSidewaysScroll(page);
      await expectNoAxeViolations(page);
      await page.screenshot({
        path: testInfo.outputPath(`reminders-${language}-${width}.png`),
        fullPage: true,
      });
    }
  }
});
