// Issue 15, items 7 and 8. Date fields follow the UI language, not the browser's: in an
// American-English browser a council decision of 30 November 2026 is typed and shown as
// 30/11/2026 and spelled out in words, in the Greek UI and in the English one; an impossible
// date is refused with a message; the calendar works from the keyboard. When the server
// cannot be reached, a page says it is a connection problem, keeps trying and appears by
// itself once the server answers; a page already loaded says since when its data is old.
import type { Browser, BrowserContext, Page, Request } from "@playwright/test";
import { ADMIN, athensToday, expect, retry503, test } from "./fixtures";

// The browser speaks American English (mm/dd/yyyy in a native date input); the UI is Greek.
test.use({ locale: "en-US", timezoneId: "Europe/Athens" });

// 30 November 2026, unless the machine's clock is before it (decision dates are not future).
const DECISION_DAY = athensToday() >= "2026-11-30" ? "2026-11-30" : "2025-11-30";
const TYPED = DECISION_DAY.split("-").reverse().join("/");
const YEAR = DECISION_DAY.slice(0, 4);

async function coordinatorInEnglishBrowser(browser: Browser, baseURL: string) {
  const context = await browser.newContext({
    locale: "en-US",
    timezoneId: "Europe/Athens",
    baseURL,
  });
  const login = await retry503(() => context.request.post("/api/auth/login", { data: ADMIN }));
  expect(login.status(), await login.text()).toBe(200);
  return context;
}

/** Opens the coordinator's form for a withdrawal made on paper (a council decision date). */
async function openDecisionForm(context: BrowserContext): Promise<Page> {
  const page = await context.newPage();
  await page.goto("/withdrawals/new?municipalityId=katerini");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  expect(await page.evaluate(() => navigator.language)).toBe("en-US");
  return page;
}

/** The body the form would send, without letting it reach the server (nothing is saved). */
async function captureDraft(page: Page, save: () => Promise<void>): Promise<unknown> {
  let sent: Request | undefined;
  await page.route("**/api/withdrawals", async (route) => {
    if (route.request().method() !== "POST") return route.fallback();
    sent = route.request();
    await route.fulfill({
      status: 409,
      contentType: "application/problem+json",
      body: JSON.stringify({ title: "Not saved by the test", status: 409, code: "E2E" }),
    });
  });
  await save();
  await expect.poll(() => sent !== undefined).toBe(true);
  await page.unroute("**/api/withdrawals");
  return sent?.postDataJSON();
}

test.describe("date fields follow the UI language, not the browser's", () => {
  test("Greek UI in an en-US browser: 30/11/2026 is 30 November, typed or picked", async ({
    browser,
    axe,
  }, testInfo) => {
    test.setTimeout(90_000);
    const context = await coordinatorInEnglishBrowser(
      browser,
      String(testInfo.project.use.baseURL),
    );
    const page = await openDecisionForm(context);
    const field = page.getByLabel("Ημερομηνία της απόφασης");
    await expect(field).toHaveAttribute("placeholder", "ΗΗ/ΜΜ/ΕΕΕΕ");
    await field.fill(TYPED);
    await field.blur();
    await expect(field).toHaveValue(TYPED);
    await expect(page.getByText(`30 Νοεμβρίου ${YEAR}`)).toBeVisible();

    // an impossible day is refused, with a message that says how to write the date
    await field.fill(`31/02/${YEAR}`);
    await field.blur();
    await expect(
      page.getByText("Η ημερομηνία δεν είναι έγκυρη. Γράψτε την ως ΗΗ/ΜΜ/ΕΕΕΕ, π.χ. 30/11/2026."),
    ).toBeVisible();
    await expect(field).toHaveAttribute("aria-invalid", "true");
    await axe(page);

    // picked from the calendar with the keyboard: the chosen day has the focus, ← is a day before
    await field.fill(TYPED);
    await page.getByRole("button", { name: "Επιλογή από το ημερολόγιο" }).click();
    const calendar = page.getByRole("dialog", { name: "Ημερολόγιο" });
    await expect(calendar).toBeVisible();
    await expect(calendar.getByRole("button", { name: `30 Νοεμβρίου ${YEAR}` })).toBeFocused();
    await axe(page);
    await page.keyboard.press("ArrowLeft");
    await expect(calendar.getByRole("button", { name: `29 Νοεμβρίου ${YEAR}` })).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(calendar).toBeHidden();
    await expect(field).toHaveValue(TYPED.replace(/^30/, "29"));
    await field.fill(TYPED);

    await page.getByLabel("Αριθμός απόφασης δημοτικού συμβουλίου").fill("57/2026");
    const body = await captureDraft(page, () =>
      page.getByRole("button", { name: "Αποθήκευση ως σχέδιο" }).click(),
    );
    expect(body).toMatchObject({ councilDecision: { date: DECISION_DAY } });
    await context.close();
  });

  test("English UI in an en-US browser: still DD/MM/YYYY, spelled out in English", async ({
    browser,
    axe,
  }, testInfo) => {
    test.setTimeout(90_000);
    const context = await coordinatorInEnglishBrowser(
      browser,
      String(testInfo.project.use.baseURL),
    );
    const page = await openDecisionForm(context);
    await page.getByRole("button", { name: "Switch to English" }).click();
    const field = page.getByLabel("Date of the decision");
    await expect(field).toHaveAttribute("placeholder", "DD/MM/YYYY");
    await field.fill(TYPED);
    await field.blur();
    await expect(field).toHaveValue(TYPED);
    await expect(page.getByText(`30 November ${YEAR}`)).toBeVisible();

    await field.fill(`31/02/${YEAR}`);
    await field.blur();
    await expect(
      page.getByText("This is not a valid date. Type it as DD/MM/YYYY, e.g. 30/11/2026."),
    ).toBeVisible();
    await axe(page);
    // month/day, as an American would type 30 November, is not a date either
    await field.fill(`11/30/${YEAR}`);
    await field.blur();
    await expect(field).toHaveAttribute("aria-invalid", "true");

    await field.fill(TYPED);
    await page.getByLabel("Municipal council decision number").fill("57/2026");
    const body = await captureDraft(page, () =>
      page.getByRole("button", { name: "Save as draft" }).click(),
    );
    expect(body).toMatchObject({ councilDecision: { date: DECISION_DAY } });
    await context.close();
  });
});

/** Cuts the page off from the server's API or its code, as without a connection; returns
 * the step that reconnects it. */
async function disconnect(page: Page, what: "api" | "assets"): Promise<() => Promise<void>> {
  const pattern = `**/${what}/**`;
  await page.route(pattern, (route) => route.abort("internetdisconnected"));
  return () => page.unroute(pattern);
}

test.describe("when the server cannot be reached", () => {
  test("a first load says it is a connection problem and appears by itself once the server answers", async ({
    page,
    axe,
  }) => {
    test.setTimeout(120_000);
    const reconnect = await disconnect(page, "api");
    await page.goto("/municipalities/serres");
    await expect(page.getByTestId("connection-error")).toBeVisible({ timeout: 20_000 });
    await expect(page.getByTestId("connection-error")).toContainText(
      "δεν υπάρχει σύνδεση με τον διακομιστή",
    );
    await expect(page.getByTestId("connection-banner")).toContainText("Πρόβλημα σύνδεσης");
    await expect(page.getByText("Κάτι πήγε στραβά")).toHaveCount(0);
    await axe(page);

    // the server is back: nobody clicks anything, the page appears
    await reconnect();
    await expect(page.getByRole("heading", { level: 1, name: /Σερρών/ })).toBeVisible({
      timeout: 45_000,
    });
    await expect(page.getByTestId("connection-banner")).toHaveCount(0);
    await expect(page.getByTestId("connection-error")).toHaveCount(0);
  });

  test("a loaded page says since when its data is old when a refetch fails", async ({
    page,
    axe,
  }) => {
    test.setTimeout(90_000);
    await page.clock.install();
    await page.goto("/");
    // the members are on screen
    await expect(page.getByTestId("directory-summary")).toHaveText(/\d/, { timeout: 20_000 });
    await page
      .getByRole("navigation", { name: "Κύρια πλοήγηση" })
      .getByRole("link", { name: "Μνημόνιο" })
      .click();
    await expect(
      page.getByRole("heading", { level: 1, name: "Μνημόνιο Συνεργασίας" }),
    ).toBeVisible();

    const reconnect = await disconnect(page, "api");
    await page.clock.fastForward("01:00"); // old enough to refetch (30 s), not yet forgotten (5 min)
    await page.goBack();
    const banner = page.getByTestId("connection-banner");
    await expect(banner).toContainText(/Εμφανίζονται δεδομένα από τις \d{2}:\d{2}/, {
      timeout: 20_000,
    });
    await expect(banner.getByRole("button", { name: "Δοκιμή τώρα" })).toBeVisible();
    // the old data stays on screen, marked as old
    await expect(page.getByTestId("directory-summary")).toHaveText(/\d/);
    await axe(page);

    await page.getByRole("button", { name: "Switch to English" }).click();
    await expect(banner).toContainText(/Showing data from \d{2}:\d{2}; the connection/);
    await axe(page);

    // the server answers again: the next automatic attempt refreshes the data
    await reconnect();
    await expect(banner).toHaveCount(0, { timeout: 45_000 });
  });

  test("a page whose code cannot be downloaded offers to reload instead of «Κάτι πήγε στραβά»", async ({
    page,
    axe,
  }) => {
    await page.goto("/");
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    const reconnect = await disconnect(page, "assets");
    await page
      .getByRole("navigation", { name: "Κύρια πλοήγηση" })
      .getByRole("link", { name: "Μνημόνιο" })
      .click();
    await expect(
      page.getByRole("heading", { level: 1, name: "Η σελίδα δεν φορτώθηκε" }),
    ).toBeVisible();
    await expect(page.getByText("Κάτι πήγε στραβά")).toHaveCount(0);
    await expect(page.getByRole("button", { name: "Επαναφόρτωση σελίδας" })).toBeVisible();
    await axe(page);
    await reconnect();
    await page.getByRole("button", { name: "Επαναφόρτωση σελίδας" }).click();
    await expect(page.getByRole("heading", { level: 1, name: /Μνημόνιο/ })).toBeVisible();
  });
});
