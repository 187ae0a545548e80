// A coordinator's everyday use (issue 15 items 3, 9 and 15): the review queue names each
// check on its own, the dashboard is where a coordinator lands and says what waits, a
// non-member's officer does not see withdrawals, and "view as" shows the portal as an
// officer sees it — read-only, bannered, audited — until "Stop".
import type { Page } from "@playwright/test";
import { ADMIN, expect, type SignedIn, test } from "./fixtures";

const PASSWORD = "a long enough password for e2e";

/** An officer of `municipalityId`, created by the coordinator and signed up through its link. */
async function createOfficer(
  coordinator: SignedIn,
  municipalityId: string,
  email: string,
  name: string,
) {
  const created = await coordinator.context.request.post("/api/users", {
    headers: { "x-csrf-token": coordinator.csrf },
    data: { email, name, role: "officer", municipalityId },
  });
  expect(created.status(), await created.text()).toBe(201);
  const { user, invitationUrl } = (await created.json()) as {
    user: { id: string };
    invitationUrl: string;
  };
  const token = invitationUrl.split("#")[1];
  const browser = coordinator.context.browser();
  const anonymous = await browser!.newContext();
  const accepted = await anonymous.request.post("/api/invitations/accept", {
    data: { token, password: PASSWORD },
  });
  expect(accepted.status(), await accepted.text()).toBe(200);
  await anonymous.close();
  return { id: user.id, email, password: PASSWORD, name };
}

const banner = (page: Page) => page.getByRole("region", { name: "Προβολή ως άλλος χρήστης" });

test.describe("the coordinator's everyday", () => {
  let coordinator: SignedIn;
  test.beforeAll(async ({ signInAs }) => {
    coordinator = await signInAs("coordinator");
  });

  test("the review queue shows each check with its own indicator (item 3)", async ({ axe }) => {
    const page = coordinator.page;
    await page.goto("/admin/accessions");
    // Serres' declaration (council decision 210/2024): 22 of 35 present — a valid quorum —
    // but no document uploaded yet. The quorum is not flagged for the missing document.
    const row = page.locator('[data-accession="serres"]');
    await expect(row).toBeVisible();
    const quorum = row.locator('[data-check="quorum"]');
    await expect(quorum).toHaveAttribute("data-ok", "true");
    await expect(quorum).toHaveText("Απαρτία: 22/35 παρόντες (≥ 18)");
    const document = row.locator('[data-check="document"]');
    await expect(document).toHaveAttribute("data-ok", "false");
    await expect(document).toHaveText("Λείπει η απόφαση του συμβουλίου");
    await expect(row.locator('[data-check="majority"]')).toHaveText("Πλειοψηφία υπέρ");
    await expect(row.locator('[data-check="signatory"]')).toHaveText("Δηλώθηκε υπογράφων");
    await axe(page);
  });

  test("on a phone the review queue shows each row's checks without sideways scrolling", async ({
    axe,
  }) => {
    const page = coordinator.page;
    await page.setViewportSize({ width: 360, height: 800 });
    try {
      await page.goto("/admin/accessions");
      const row = page.locator('[data-accession="serres"]');
      await expect(row).toBeVisible();
      const checks = row.locator("[data-check]");
      await expect(checks).not.toHaveCount(0);
      // every check lies inside the screen, none behind a scroller's edge
      for (const check of await checks.all()) {
        await expect(check).toBeVisible();
        const box = await check.boundingBox();
        expect(box?.x).toBeGreaterThanOrEqual(0);
        expect(box && box.x + box.width).toBeLessThanOrEqual(360);
      }
      await expect(row.locator('[data-check="quorum"]')).toHaveText(
        "Απαρτία: 22/35 παρόντες (≥ 18)",
      );
      const open = await row.getByRole("link", { name: /Δήμος Σερρών/ }).boundingBox();
      expect(open && open.x + open.width).toBeLessThanOrEqual(360);
      const overflow = await page.evaluate(() => {
        const scrollers = [...document.querySelectorAll("main *")].filter(
          (el) =>
            el.scrollWidth > el.clientWidth + 1 && getComputedStyle(el).overflowX !== "visible",
        );
        return {
          page: document.documentElement.scrollWidth - window.innerWidth,
          scrollers: scrollers.length,
        };
      });
      expect(overflow).toEqual({ page: 0, scrollers: 0 });
      await axe(page);
    } finally {
      await page.setViewportSize({ width: 1280, height: 720 });
    }
  });

  test("a coordinator lands on the dashboard, which says what waits (item 9)", async ({
    browser,
    axe,
  }) => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto("/sign-in");
    await expect(page.getByRole("heading", { level: 1, name: "Σύνδεση" })).toBeVisible();
    await page.getByRole("textbox", { name: "E-mail", exact: true }).fill(ADMIN.email);
    await page
      .getByRole("textbox", { name: "Κωδικός πρόσβασης", exact: true })
      .fill(ADMIN.password);
    await page.getByRole("button", { name: "Σύνδεση", exact: true }).click();
    await expect(page).toHaveURL(/\/dashboard$/);

    const waiting = page.getByRole("region", { name: "Τι σας περιμένει" });
    await expect(waiting).toBeVisible();
    // Serres' declaration waits on the secretariat; its submission date is not recorded
    const declaration = waiting.getByTestId("waiting-declaration");
    await expect(declaration).toContainText("η ημερομηνία υποβολής δεν καταχωρίστηκε");
    // the 2026-06-17 review cycle is past its due date: days overdue and evaluations missing
    const review = waiting.getByTestId("waiting-review").first();
    await expect(review).toContainText(/εκπρόθεσμη κατά \d+ ημέρες/);
    await expect(review).toContainText(/λείπουν \d+ από \d+ αξιολογήσεις μελών/);
    await axe(page);
    await declaration.getByRole("link", { name: "Δήμος Σερρών" }).click();
    await expect(page).toHaveURL(/\/admin\/accessions\/[^/]+$/);
    await context.close();
  });

  test("an officer of a municipality that is not a party sees no withdrawals (item 9)", async ({
    signInAs,
  }) => {
    const officer = await createOfficer(
      coordinator,
      "serres",
      "officer.serres@e2e.cni",
      "Σοφία Σερραίου",
    );
    const { page } = await signInAs(officer);
    await page.goto("/my");
    const nav = page.getByRole("navigation", { name: "Κύρια πλοήγηση" });
    await expect(nav.getByRole("link", { name: "Ο δήμος μου" })).toBeVisible();
    await expect(nav.getByRole("link", { name: "Αποχωρήσεις" })).toHaveCount(0);
  });

  test("view as: the officer's /my, bannered, read-only, audited, and back (item 15)", async ({
    signInAs,
    axe,
  }) => {
    test.setTimeout(90_000);
    const officer = await createOfficer(
      coordinator,
      "larissa",
      "officer.larissa@e2e.cni",
      "Ελένη Λαρισαίου",
    );
    // what the officer itself sees on its home page, once loaded
    const own = await signInAs(officer);
    await own.page.goto("/my");
    const ownMain = own.page.getByRole("main");
    await expect(ownMain.getByRole("heading", { level: 1 })).toHaveText("Δήμος Λαρισαίων");
    await expect(ownMain).toContainText("Ελένη Λαρισαίου");
    await expect(ownMain).toContainText(
      "Είστε συνδεδεμένος/η ως Ελένη Λαρισαίου, υπάλληλος του δήμου.",
    );

    // the coordinator opens the officer's view from the users page
    const page = coordinator.page;
    await page.goto("/admin/users");
    await page
      .getByTestId(`user-row-${officer.email}`)
      .getByRole("button", { name: /^Προβολή ως/ })
      .click();
    await expect(page).toHaveURL(/\/my$/);
    await expect(banner(page)).toContainText(
      "Βλέπετε την πύλη ως Ελένη Λαρισαίου (υπάλληλος του δήμου, Δήμος Λαρισαίων): μόνο ανάγνωση.",
    );
    const main = page.getByRole("main");
    await expect(main.getByRole("heading", { level: 1 })).toHaveText("Δήμος Λαρισαίων");
    await expect(main).toContainText("Ελένη Λαρισαίου");
    await expect(main).toContainText(
      "Είστε συνδεδεμένος/η ως Ελένη Λαρισαίου, υπάλληλος του δήμου.",
    );
    await axe(page);

    // the banner stays on every page; the coordinators' pages are closed meanwhile
    const nav = page.getByRole("navigation", { name: "Κύρια πλοήγηση" });
    await expect(nav.getByRole("link", { name: "Ο δήμος μου" })).toBeVisible();
    await expect(nav.getByRole("link", { name: "Χρήστες" })).toHaveCount(0);
    await nav.getByRole("link", { name: "Μέλη" }).click();
    await expect(page).toHaveURL(/\/municipalities$/);
    await expect(banner(page)).toBeVisible();
    await axe(page);

    // the write controls are disabled (e2e/view-as-readonly.spec.ts), and a write is refused
    await page.goto("/account");
    await expect(banner(page)).toBeVisible();
    await expect(page.getByRole("textbox", { name: "Ονοματεπώνυμο" })).toBeDisabled();
    await expect(page.getByRole("button", { name: "Αποθήκευση ονόματος" })).toBeDisabled();
    await axe(page);
    const refused = await page.request.patch("/api/account", {
      headers: { "x-csrf-token": coordinator.csrf },
      data: { name: "Άλλο Όνομα" },
    });
    expect(refused.status()).toBe(403);
    expect((await refused.json()).code).toBe("VIEW_AS_READ_ONLY");

    // "Stop": the coordinator's own portal again, and the log has the start and the end
    await banner(page).getByRole("button", { name: "Τέλος προβολής" }).click();
    await expect(page).toHaveURL(/\/admin\/users$/);
    await expect(banner(page)).toHaveCount(0);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    const session = await (await page.request.get("/api/auth/session")).json();
    expect(session.user.email).toBe(ADMIN.email);
    expect(session.viewAs).toBeNull();
    const audit = await (
      await page.request.get(`/api/audit?entityType=user&entityId=${officer.id}`)
    ).json();
    const actions = (audit.items as { action: string }[]).map((e) => e.action);
    expect(actions).toEqual(expect.arrayContaining(["view_as.start", "view_as.end"]));
  });
});
