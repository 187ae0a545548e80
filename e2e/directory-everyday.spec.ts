// The directory as people use it every day (issue 15 items 2, 4 and 13; issue 16 item 4):
// search by the names people say (Βόλος, Γιάννενα, Λιβαδειά), a map whose markers are links
// reached with the keyboard, one page of rows at a time with the page in the URL, and cards
// instead of a sideways-scrolling table on a phone.
import type { Page } from "@playwright/test";
import { expect, retry503, test } from "./fixtures";

// Each test walks a few pages and runs axe: on a busy machine that takes more than 30 s.
test.describe.configure({ timeout: 90_000 });

const rows = (page: Page) => page.getByTestId("municipality-table").locator("tbody tr");
const searchbox = (page: Page) => page.getByRole("searchbox", { name: "Αναζήτηση δήμου" });

/**
 * Volos is not among the seeded members: it enters the directory when its officer
 * registers (accounts.spec.ts does so through the UI earlier in a full run). Run alone,
 * this spec registers one through the API.
 */
test.beforeAll(async ({ browser }) => {
  const anonymous = await browser.newContext();
  const official = await (
    await retry503(() => anonymous.request.get("/api/municipalities/official?q=Βόλου"))
  ).json();
  const volos = official.items.find((m: { code: string }) => m.code === "2401");
  if (!volos.municipalityId) {
    const registered = await retry503(() =>
      anonymous.request.post("/api/registrations", {
        data: {
          municipality: { code: "2401" },
          officer: {
            name: "Ελένη Παπαδάκη",
            email: `officer-${Date.now()}@volos-directory.test`,
            position: "Προϊσταμένη Κοινωνικής Πολιτικής",
          },
          password: "marmalade harbour 58 lanterns",
        },
      }),
    );
    expect(registered.status(), await registered.text()).toBeLessThan(300);
  }
  await anonymous.close();
});

test.describe("search by the names people use", () => {
  test("the nominative, common and Latin names find their municipality", async ({ page }) => {
    await page.goto("/");
    await expect(rows(page).first()).toBeVisible({ timeout: 30_000 });
    for (const [typed, name] of [
      ["Βόλος", "Δήμος Βόλου"],
      ["Τήλος", "Δήμος Τήλου"],
      ["Άγιος Δημήτριος", "Δήμος Αγίου Δημητρίου"],
      ["Νέα Φιλαδέλφεια", "Δήμος Νέας Φιλαδέλφειας-Νέας Χαλκηδόνας"],
      ["Λιβαδειά", "Δήμος Λεβαδέων"],
      ["Λεβαδειά", "Δήμος Λεβαδέων"],
      ["Γιάννενα", "Δήμος Ιωαννιτών"],
      ["giannena", "Δήμος Ιωαννιτών"],
    ] as const) {
      await searchbox(page).fill(typed);
      await expect.poll(() => new URL(page.url()).searchParams.get("q")).toBe(typed);
      await expect(rows(page), typed).toHaveCount(1);
      await expect(rows(page).first().getByRole("link", { name, exact: true })).toBeVisible();
    }
    // The same search from a shared link (the API's q=) gives the same answer.
    await page.goto(`/?q=${encodeURIComponent("Βόλος")}`);
    await expect(rows(page)).toHaveCount(1);
    await expect(page.getByTestId("directory-summary")).toHaveText(/^1 δήμος/);
  });
});

test.describe("the map", () => {
  test("Tab reaches a marker, its name shows, and Enter opens the municipality", async ({
    page,
  }) => {
    await page.goto(`/?q=${encodeURIComponent("Τήλος")}`);
    const map = page.getByRole("group", { name: /Χάρτης της Ελλάδας/ });
    const marker = map.getByRole("link", { name: /^Δήμος Τήλου — / });
    await expect(marker).toBeAttached({ timeout: 30_000 });

    await searchbox(page).focus();
    for (let i = 0; i < 30; i++) {
      if (await marker.evaluate((el) => el === document.activeElement)) break;
      await page.keyboard.press("Tab");
    }
    await expect(marker).toBeFocused();
    await expect(page.getByTestId("map-label")).toHaveText(/^Δήμος Τήλου — /);

    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/\/municipalities\/tilos$/);
    await expect(page.getByRole("heading", { level: 1, name: "Δήμος Τήλου" })).toBeVisible();
  });

  test("overlapping markers are one cluster with a count; Enter zooms in to its members", async ({
    page,
    axe,
  }) => {
    await page.goto("/");
    const map = page.getByRole("group", { name: /Χάρτης της Ελλάδας/ });
    // Athens and its neighbours would overlap at the scale of Greece.
    const athensArea = map.locator('.map-cluster[data-members~="athens"]');
    await expect(athensArea).toBeAttached({ timeout: 30_000 });
    const members = ((await athensArea.getAttribute("data-members")) ?? "").split(" ");
    expect(members.length).toBeGreaterThan(1);
    await expect(athensArea).toContainText(String(members.length));
    await expect(athensArea).toHaveAccessibleName(new RegExp(`^${members.length} δήμοι: `));

    // Hover shows its label.
    await athensArea.hover();
    await expect(page.getByTestId("map-label")).toContainText(`${members.length} δήμοι`);

    await athensArea.focus();
    await page.keyboard.press("Enter");
    await expect(page.getByRole("button", { name: "Όλη η Ελλάδα" })).toBeVisible();
    // Focus moves into the zoomed view; a sub-cluster zooms again on Enter.
    for (let i = 0; i < 5; i++) {
      const focused = page.locator(":focus");
      if (await focused.evaluate((el) => el.classList.contains("map-marker"))) break;
      await page.keyboard.press("Enter");
    }
    const focused = page.locator("a.map-marker:focus");
    await expect(focused).toHaveCount(1);
    const id = await focused.getAttribute("data-municipality");
    expect(members).toContain(id);
    await axe(page);

    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(new RegExp(`/municipalities/${id}$`));
  });
});

test.describe("one page of rows at a time", () => {
  test("a page of rows, the next page through the UI, the page kept in the URL", async ({
    page,
    axe,
  }) => {
    await page.goto("/?sort=region");
    await expect(rows(page).first()).toBeVisible({ timeout: 30_000 });
    const total = await rows(page).count();
    expect(total).toBeGreaterThanOrEqual(19);
    const summary = await page.getByTestId("directory-summary").textContent();

    await page.getByRole("combobox", { name: "Δήμοι ανά σελίδα" }).selectOption("10");
    await expect(page).toHaveURL(/[?&]size=10/);
    await expect(rows(page)).toHaveCount(10);
    await expect(page.getByTestId("directory-range")).toHaveText(`1–10 από ${total}`);
    const firstOfPageOne = await rows(page).first().getAttribute("data-municipality");

    const pages = page.getByRole("navigation", { name: "Σελίδες του καταλόγου" });
    await pages.getByRole("button", { name: "Επόμενη σελίδα" }).click();
    await expect(page).toHaveURL(/[?&]page=2/);
    await expect(page).toHaveURL(/[?&]sort=region/);
    await expect(rows(page)).toHaveCount(Math.min(10, total - 10));
    await expect(page.getByTestId("directory-range")).toHaveText(
      `11–${Math.min(20, total)} από ${total}`,
    );
    await expect(pages.getByRole("button", { name: "Σελίδα 2" })).toHaveAttribute(
      "aria-current",
      "page",
    );
    // The counts are of every match, not of the page.
    await expect(page.getByTestId("directory-summary")).toHaveText(summary ?? "");
    expect(await rows(page).first().getAttribute("data-municipality")).not.toBe(firstOfPageOne);
    await axe(page);

    // Turning a page is a step in the history: Back shows page 1 again, Forward page 2.
    await page.goBack();
    await expect(page).not.toHaveURL(/[?&]page=/);
    await expect(page).toHaveURL(/[?&]size=10/);
    await expect(rows(page).first()).toHaveAttribute("data-municipality", firstOfPageOne ?? "");
    await page.goForward();
    await expect(page).toHaveURL(/[?&]page=2/);
    await expect(page.getByTestId("directory-range")).toHaveText(
      `11–${Math.min(20, total)} από ${total}`,
    );

    // A reload (or a shared link) shows the same page.
    await page.reload();
    await expect(rows(page)).toHaveCount(Math.min(10, total - 10));
    await expect(page.getByTestId("directory-range")).toHaveText(
      `11–${Math.min(20, total)} από ${total}`,
    );

    // A new search starts from the first page and keeps the page size.
    await searchbox(page).fill("Λάρισα");
    await expect(rows(page)).toHaveCount(1);
    await expect(page).not.toHaveURL(/[?&]page=/);
    await expect(page).toHaveURL(/[?&]size=10/);
  });

  test("on a 360 px phone the directory is cards, with no sideways scroll", async ({
    page,
    axe,
  }) => {
    await page.setViewportSize({ width: 360, height: 780 });
    await page.goto("/");
    const cards = page.getByTestId("municipality-cards");
    await expect(cards.locator("li").first()).toBeVisible({ timeout: 30_000 });
    await expect(page.getByTestId("municipality-table")).toHaveCount(0);
    await expect(cards.locator('li[data-municipality="athens"]')).toContainText("04/01/2018");
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - window.innerWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await axe(page);
  });
});
