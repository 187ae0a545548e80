// The public member directory, end to end: Greek first, search, filters, the map, the
// municipality page, the language switch, keyboard use and an axe check of every page
// a visitor can reach from the navigation.
import type { Page } from "@playwright/test";
import { expect, expectNoAxeViolations, test } from "./fixtures";

function table(page: Page) {
  return page.getByTestId("municipality-table");
}

function rows(page: Page) {
  return table(page).locator("tbody tr");
}

test.describe("member directory", () => {
  test("loads in Greek with the 18 members and the Serres applicant counted", async ({ page }) => {
    await page.goto("/");
    await expect(page.locator("html")).toHaveAttribute("lang", "el");
    await expect(page.getByRole("heading", { level: 1, name: "Μέλη του Δικτύου" })).toBeVisible();
    await expect(page.getByRole("banner")).toContainText("Δίκτυο Πόλεων για την Ένταξη");

    const summary = page.getByTestId("directory-summary");
    await expect(summary).toHaveText("19 δήμοι: 18 μέλη, 1 υποψήφιο");
    await expect(rows(page)).toHaveCount(19);

    // Greek collation: Αγίου Δημητρίου, Αθηναίων, … Χανίων.
    await expect(rows(page).first()).toContainText("Δήμος Αγίου Δημητρίου");
    await expect(rows(page).last()).toContainText("Δήμος Χανίων");

    // Founding members have an exact date; the others only "on or before" the updated MoU.
    const athens = table(page).locator('tr[data-municipality="athens"]');
    await expect(athens).toContainText("04/01/2018");
    await expect(athens).toContainText("Ιδρυτικό μέλος");
    const piraeus = table(page).locator('tr[data-municipality="piraeus"]');
    await expect(piraeus).toContainText("έως 17/06/2024");
    await expect(table(page).locator('tr[data-municipality="serres"]')).toContainText(
      "Υποψήφιο μέλος",
    );
  });

  test("search «σερρων» finds Serres; Tab and Enter open its page", async ({ page }) => {
    await page.goto("/");
    // the first load of a lazy route may take a while on a busy machine
    await expect(rows(page)).toHaveCount(19, { timeout: 30_000 });
    const search = page.getByRole("searchbox", { name: "Αναζήτηση δήμου" });
    await search.fill("σερρων");
    await expect(rows(page)).toHaveCount(1);
    await expect(page).toHaveURL(/[?&]q=/);
    await expect(page.getByTestId("directory-summary")).toHaveText("1 δήμος: 1 υποψήφιο");

    const link = table(page).getByRole("link", { name: "Δήμος Σερρών" });
    await search.focus();
    for (let i = 0; i < 25; i++) {
      if (await link.evaluate((el) => el === document.activeElement)) break;
      await page.keyboard.press("Tab");
    }
    await expect(link).toBeFocused();
    await page.keyboard.press("Enter");

    await expect(page).toHaveURL(/\/municipalities\/serres$/);
    await expect(page.getByRole("heading", { level: 1, name: "Δήμος Σερρών" })).toBeVisible();
    await expect(page.getByText("Υποψήφιο μέλος").first()).toBeVisible();
    await expect(page.getByText("Municipality of Serres")).toBeVisible();
    await expect(page.getByRole("cell", { name: /210\/2024/ })).toBeVisible();

    // Back to the list keeps the search in the URL.
    await page.goBack();
    await expect(page.getByRole("searchbox", { name: "Αναζήτηση δήμου" })).toHaveValue("σερρων");
    await expect(rows(page)).toHaveCount(1);
  });

  test("search ignores case and accents", async ({ page }) => {
    // ΘΕΣΣΑΛΟΝΙΚΗΣ (the official genitive name, upper case, no accents)
    await page.goto(`/?q=${encodeURIComponent("ΘΕΣΣΑΛΟΝΙΚΗΣ")}`);
    await expect(rows(page)).toHaveCount(1);
    await expect(rows(page).first()).toContainText("Δήμος Θεσσαλονίκης");
    // The nominative, as people type it, finds Σερρών through its regional unit Σέρρες.
    await page.getByRole("searchbox", { name: "Αναζήτηση δήμου" }).fill("σερρες");
    await expect(rows(page)).toHaveCount(1);
    await expect(rows(page).first()).toContainText("Δήμος Σερρών");
    await page.getByRole("searchbox", { name: "Αναζήτηση δήμου" }).fill("xania");
    await expect(page.getByText("Κανένας δήμος δεν ταιριάζει").first()).toBeVisible();
    await page.getByRole("searchbox", { name: "Αναζήτηση δήμου" }).fill("chania");
    await expect(rows(page)).toHaveCount(1);
  });

  test("switches to English and back, and the choice survives a reload", async ({ page }) => {
    await page.goto("/");
    await expect(page.getByRole("heading", { level: 1, name: "Μέλη του Δικτύου" })).toBeVisible();

    await page.getByRole("button", { name: "Switch to English" }).click();
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await expect(page.getByRole("heading", { level: 1, name: "Network members" })).toBeVisible();
    await expect(page.getByTestId("directory-summary")).toHaveText(
      "19 municipalities: 18 members, 1 applicant",
    );
    await expect(table(page).getByRole("link", { name: "Municipality of Athens" })).toBeVisible();
    await expect(table(page).locator('tr[data-municipality="piraeus"]')).toContainText(
      "on or before 17/06/2024",
    );

    await page.reload();
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await expect(page.getByRole("heading", { level: 1, name: "Network members" })).toBeVisible();
    await expect(page.getByRole("navigation", { name: "Main navigation" })).toContainText(
      "Activities",
    );

    await page.getByRole("button", { name: "Αλλαγή σε Ελληνικά" }).click();
    await expect(page.locator("html")).toHaveAttribute("lang", "el");
    await expect(page.getByRole("heading", { level: 1, name: "Μέλη του Δικτύου" })).toBeVisible();
    await page.reload();
    await expect(page.getByRole("heading", { level: 1, name: "Μέλη του Δικτύου" })).toBeVisible();
  });

  test("filters by status and keeps the filter in the URL", async ({ page }) => {
    await page.goto("/");
    await expect(rows(page)).toHaveCount(19);

    await page.getByRole("combobox", { name: "Κατάσταση" }).click();
    await page.getByRole("option", { name: "Υποψήφιο μέλος" }).click();
    await page.keyboard.press("Escape");
    await expect(rows(page)).toHaveCount(1);
    await expect(page).toHaveURL(/[?&]status=applicant/);
    await expect(rows(page).first()).toContainText("Δήμος Σερρών");

    // A shared link shows the same list.
    await page.goto("/municipalities?status=member");
    await expect(rows(page)).toHaveCount(18);
    await expect(page.getByTestId("directory-summary")).toHaveText("18 δήμοι: 18 μέλη");
    await expect(table(page).locator('tr[data-municipality="serres"]')).toHaveCount(0);

    await page.getByRole("button", { name: "Καθαρισμός φίλτρων" }).first().click();
    await expect(rows(page)).toHaveCount(19);
  });

  test("sorts by region and by member since", async ({ page }) => {
    await page.goto("/");
    await expect(rows(page)).toHaveCount(19);
    const sortBy = page.getByRole("radiogroup", { name: "Ταξινόμηση" });
    await sortBy.getByText("Μέλος από", { exact: true }).click();
    await expect(page).toHaveURL(/[?&]sort=memberSince/);
    // The founding members (exact date 2018) first, the applicant (not a member) last.
    await expect(rows(page).nth(0)).toContainText("Δήμος Αθηναίων");
    await expect(rows(page).nth(1)).toContainText("Δήμος Θεσσαλονίκης");
    await expect(rows(page).last()).toContainText("Δήμος Σερρών");

    await sortBy.getByText("Περιφέρεια", { exact: true }).click();
    await expect(page).toHaveURL(/[?&]sort=region/);
    await expect(rows(page).first()).toContainText("Αττική");
  });

  test("the map shows the 18 members and the applicant", async ({ page }) => {
    await page.goto("/");
    const map = page.getByRole("group", { name: /Χάρτης της Ελλάδας/ });
    await expect(map).toBeVisible();
    await expect(map).toHaveAttribute("aria-label", /18 μέλη, 1 υποψήφιο/);
    await expect(map.locator('a.map-marker[data-status="applicant"]')).toHaveCount(1);
    // every municipality is a marker of its own or counted in a cluster
    const single = await map.locator("a.map-marker").count();
    const clustered = await map
      .locator(".map-cluster")
      .evaluateAll((clusters) =>
        clusters.reduce((n, c) => n + (c.getAttribute("data-members") ?? "").split(" ").length, 0),
      );
    expect(single + clustered).toBe(19);
  });
});

test.describe("an honest history", () => {
  test("as of 2020-01-01: 2 members and 16 unknown, none of them 'not a member'", async ({
    page,
    axe,
  }) => {
    await page.goto("/?asOf=2020-01-01");
    // the first load of a lazy route may take a while on a busy machine
    await expect(page.getByTestId("directory-summary")).toHaveText(
      "Όπως ήταν στις 01/01/2020: 19 δήμοι: 2 μέλη, 16 με άγνωστη κατάσταση, 1 μη μέλος",
      { timeout: 30_000 },
    );
    await expect(rows(page)).toHaveCount(19);
    await expect(table(page).locator('[data-status="unknown"]')).toHaveCount(16);
    await expect(table(page).locator('[data-status="member"]')).toHaveCount(2);
    // the only "not a member" is Serres, which had not declared anything then
    await expect(table(page).locator('[data-status="none"]')).toHaveCount(1);
    await expect(
      table(page).locator('tr[data-municipality="serres"] [data-status="none"]'),
    ).toHaveCount(1);
    const piraeus = table(page).locator('tr[data-municipality="piraeus"]');
    await expect(piraeus).toContainText("Άγνωστη κατάσταση");
    await expect(piraeus).toContainText("έως 17/06/2024");
    await expect(piraeus.getByTestId("unknown-note")).toBeVisible();
    await expect(page.getByRole("group", { name: /Χάρτης της Ελλάδας/ })).toHaveAttribute(
      "aria-label",
      /2 μέλη, 16 με άγνωστη κατάσταση/,
    );
    await axe(page);

    await page.getByRole("button", { name: "Switch to English" }).click();
    await expect(page.getByTestId("directory-summary")).toHaveText(
      "As it stood on 01/01/2020: 19 municipalities: 2 members, 16 unknown, 1 non-member",
    );
    await expect(piraeus).toContainText("Unknown");
    await axe(page);
    await page.getByRole("button", { name: "Αλλαγή σε Ελληνικά" }).click();

    // the timeline and the CSV say the same
    await page.goto("/municipalities/piraeus");
    await expect(page.getByTestId("municipality-timeline")).toContainText("Κατάσταση άγνωστη");
    const csv = await page.request.get("/api/municipalities.csv?asOf=2020-01-01&lang=en");
    const text = await csv.text();
    expect(text.match(/,Unknown,/g)).toHaveLength(16);
    expect(text.match(/,Not a member,/g)).toHaveLength(1);

    // the chart's table of the network over time counts them apart
    await page.goto("/network");
    const first = page.getByTestId("members-over-time-table").locator("tbody tr").last();
    await expect(first).toContainText("04/01/2018");
    await expect(first.locator("td").nth(0)).toHaveText("2");
    await expect(first.locator("td").nth(2)).toHaveText("16");
  });
});

test.describe("municipality page", () => {
  test("shows the membership history with on-or-before wording", async ({ page }) => {
    await page.goto("/municipalities/piraeus");
    await expect(page.getByRole("heading", { level: 1, name: "Δήμος Πειραιά" })).toBeVisible();
    await expect(page.getByText("έως 17/06/2024").first()).toBeVisible();
    await expect(page.getByTestId("membership-periods")).toContainText(
      "έως 17/06/2024 (η ακριβής ημερομηνία δεν είναι γνωστή)",
    );
    await expect(page.getByTestId("membership-periods")).not.toContainText(/^17\/06\/2024/);

    await page.goto("/municipalities/athens");
    await expect(page.getByRole("heading", { level: 1, name: "Δήμος Αθηναίων" })).toBeVisible();
    await expect(page.getByTestId("membership-periods")).toContainText("04/01/2018");
    await expect(page.getByTestId("membership-periods")).toContainText("Ιδρυτικό μέλος");
  });

  test("says not found for an unknown municipality", async ({ page }) => {
    await page.goto("/municipalities/atlantis");
    await expect(
      page.getByRole("heading", { level: 1, name: "Ο δήμος δεν βρέθηκε" }),
    ).toBeVisible();
    await page.getByRole("link", { name: "Όλα τα μέλη" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Μέλη του Δικτύου" })).toBeVisible();
  });
});

test.describe("navigation and accessibility", () => {
  test("every navigation link opens a page with one main heading", async ({ page }) => {
    await page.goto("/");
    const nav = page.getByRole("navigation", { name: "Κύρια πλοήγηση" });
    const links = nav.getByRole("link");
    await expect(links.first()).toBeVisible();
    const targets = await links.evaluateAll((elements) =>
      elements.map((a) => ({ href: a.getAttribute("href") ?? "", name: a.textContent ?? "" })),
    );
    expect(targets.length).toBeGreaterThanOrEqual(6);
    for (const { href, name } of targets) {
      await nav.getByRole("link", { name, exact: true }).click();
      await expect(page).toHaveURL((url) => url.pathname === href.split("?")[0]);
      await expect(page.getByRole("heading", { level: 1 })).toHaveCount(1);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      await expect(nav.getByRole("link", { name, exact: true })).toHaveAttribute(
        "aria-current",
        "page",
      );
    }
  });

  test("the skip link moves focus to the main content", async ({ page }) => {
    await page.goto("/");
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await page.keyboard.press("Tab");
    const skip = page.getByRole("link", { name: "Μετάβαση στο κύριο περιεχόμενο" });
    await expect(skip).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(page.getByRole("main")).toBeFocused();
  });

  test("on a phone the menu button opens and closes the navigation", async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 740 });
    await page.goto("/");
    const nav = page.getByRole("navigation", { name: "Κύρια πλοήγηση" });
    await expect(nav.getByRole("link", { name: "Δράσεις" })).toBeHidden();

    const menu = page.getByRole("button", { name: "Άνοιγμα μενού πλοήγησης" });
    await menu.click();
    await expect(nav.getByRole("link", { name: "Δράσεις" })).toBeVisible();
    await page.keyboard.press("Escape");
    await expect(nav.getByRole("link", { name: "Δράσεις" })).toBeHidden();
    await expect(menu).toBeFocused();

    await menu.click();
    await nav.getByRole("link", { name: "Δράσεις" }).click();
    await expect(page).toHaveURL(/\/activities$/);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expect(nav.getByRole("link", { name: "Δράσεις" })).toBeHidden();
  });

  // The member directory's pages; the other sections are checked by their own specs
  // (and, while they are placeholders, by the test above).
  const pages: { path: string; heading: string | RegExp }[] = [
    { path: "/", heading: "Μέλη του Δικτύου" },
    { path: "/municipalities/serres", heading: "Δήμος Σερρών" },
    { path: "/municipalities/piraeus", heading: "Δήμος Πειραιά" },
    { path: "/municipalities/atlantis", heading: "Ο δήμος δεν βρέθηκε" },
    { path: "/no-such-page", heading: "Η σελίδα δεν βρέθηκε" },
  ];
  for (const { path, heading } of pages) {
    test(`axe finds no WCAG 2.1 AA violations on ${path}`, async ({ page }) => {
      await page.goto(path);
      await expect(page.getByRole("heading", { level: 1, name: heading })).toBeVisible();
      await expect(page.getByRole("heading", { level: 1 })).toHaveCount(1);
      if (path === "/") {
        await expect(rows(page)).toHaveCount(19);
        await expect(page.getByRole("group", { name: /Χάρτης της Ελλάδας/ })).toBeVisible();
      }
      await expectNoAxeViolations(page);
    });
  }

  test("axe finds no violations at phone width (cards, scrolling tables)", async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 740 });
    await page.goto("/");
    // on a phone the directory is a list of cards, not a table
    const cards = page.getByRole("list", { name: "Οι δήμοι του Δικτύου" });
    await expect(cards.getByRole("listitem")).toHaveCount(19);
    await expectNoAxeViolations(page);
    await page.goto("/municipalities/piraeus");
    await expect(page.getByRole("heading", { level: 1, name: "Δήμος Πειραιά" })).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test("axe finds no violations in English with filters open", async ({ page }) => {
    await page.addInitScript(() => window.localStorage.setItem("cni.lang", "en"));
    await page.goto("/?status=member,applicant&sort=region");
    await expect(page.getByRole("heading", { level: 1, name: "Network members" })).toBeVisible();
    await expect(rows(page)).toHaveCount(19);
    await expectNoAxeViolations(page);
  });
});
