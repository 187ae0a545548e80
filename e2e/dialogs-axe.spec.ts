// Axe (WCAG 2.1 A/AA, with "label in name", WCAG 2.5.3, switched on explicitly) with every
// dialog, menu and drop-down open, as the role that can open it, in Greek and in English:
// the sweep (sweep.spec.ts) only sees pages as they load. Also the phone header: the
// network's name must not wrap or be cut at 360 px.
import { readFileSync } from "node:fs";
import type { BrowserContext, Locator, Page } from "@playwright/test";
import {
  axeBuilder,
  describeViolations,
  expect,
  retry503,
  type SignedIn,
  test,
  WCAG_TAGS,
} from "./fixtures.ts";
import { getJson, newActivity, newMunicipalUser, openRoute } from "./routes.ts";

type Language = "el" | "en";

/** Official codes of non-members, whose officers register (members' are invited). */
const REGISTERING = { el: "1901", en: "3301" } as const; // Arta, Zakynthos

/** A string of the SPA's translations, so the spec follows wording changes. */
function text(language: Language, namespace: string, key: string): string {
  const file = new URL(`../apps/web/src/locales/${language}/${namespace}.json`, import.meta.url);
  const value = key
    .split(".")
    .reduce<unknown>(
      (node, part) => (node as Record<string, unknown>)[part],
      JSON.parse(readFileSync(file, "utf8")),
    );
  if (typeof value !== "string") throw new Error(`no ${language}/${namespace}:${key}`);
  return value.replace(/\{\{[^}]+\}\}/g, "").trim();
}

/** Every WCAG 2.1 A/AA violation on the page as it is now (dialogs included), one line each. */
async function expectNoViolations(page: Page, what: string): Promise<void> {
  const results = await axeBuilder(page)
    .options({ rules: { "label-content-name-mismatch": { enabled: true } } })
    .withTags([...WCAG_TAGS, "experimental"])
    .analyze();
  expect(describeViolations(results), `axe violations with ${what} open`).toEqual([]);
}

async function useLanguage(context: BrowserContext, language: Language) {
  await context.addInitScript((lang) => window.localStorage.setItem("cni.lang", lang), language);
}

/** Clicks `trigger`, checks the dialog it opens with axe, then closes it with Escape. */
async function checkDialog(page: Page, trigger: Locator, what: string): Promise<Locator> {
  await trigger.click();
  const dialog = page.getByRole("dialog").last();
  await expect(dialog).toBeVisible();
  // Mantine's transition: wait until the dialog is fully shown (opacity 1)
  await expect(dialog).toHaveCSS("opacity", "1");
  await expectNoViolations(page, what);
  return dialog;
}

async function closeDialog(page: Page) {
  await page.keyboard.press("Escape");
  await expect(page.getByRole("dialog")).toHaveCount(0);
}

/** Opens a drop-down list (Mantine Select/MultiSelect) and checks it with axe. */
async function checkDropdown(page: Page, field: Locator, what: string) {
  await field.click();
  await expect(page.getByRole("listbox").first()).toBeVisible();
  await expectNoViolations(page, what);
  await page.keyboard.press("Escape");
}

for (const language of ["el", "en"] as const) {
  test.describe(`dialogs open, in ${language === "el" ? "Greek" : "English"}`, () => {
    test.describe.configure({ timeout: 180_000 });
    let admin: SignedIn;

    test.beforeEach(async ({ signInAs }) => {
      admin = await signInAs("coordinator");
      await useLanguage(admin.context, language);
    });

    test("the phone header and menu, signed out and as a coordinator", async ({ browser }) => {
      const anonymous = await browser.newContext({ viewport: { width: 360, height: 780 } });
      await useLanguage(anonymous, language);
      for (const page of [await anonymous.newPage(), admin.page]) {
        await page.setViewportSize({ width: 360, height: 780 });
        await openRoute(page, "/municipalities");
        // the network's name: one line in the header, the full name kept for screen readers
        const brand = page.locator("header").getByRole("link", {
          name: text(language, "common", "appName"),
        });
        await expect(brand).toBeVisible();
        const box = await brand.boundingBox();
        expect(box?.height, "the header's title is on one line").toBeLessThanOrEqual(40);
        const header = await page.locator("header").boundingBox();
        expect(header?.height).toBeLessThanOrEqual(64);
        await page.getByRole("button", { name: text(language, "common", "nav.openMenu") }).click();
        await expect(page.locator("#main-navigation")).toBeVisible();
        await expectNoViolations(page, "the phone menu");
        await page.keyboard.press("Escape");
        await expect(page.locator("#main-navigation")).toBeHidden();
      }
      await anonymous.close();
    });

    test("users: invite (with its lists), the new link, deactivate, the toast, verify and refuse a registration", async ({
      browser,
    }) => {
      // a registration waiting for a coordinator, so its verify/refuse dialogs exist
      const anonymous = await browser.newContext();
      const run = `${language}-${Date.now().toString(36)}`;
      const registered = await retry503(() =>
        anonymous.request.post("/api/registrations", {
          data: {
            municipality: { code: REGISTERING[language] },
            officer: {
              name: `Αιτών ${run}`,
              email: `dialogs-registrant-${run}@cni.test`,
              position: "Προϊστάμενος",
            },
            password: "dialogs passphrase 2026 registrant",
          },
        }),
      );
      expect(registered.status(), await registered.text()).toBeLessThan(300);
      await anonymous.close();

      const page = admin.page;
      await openRoute(page, "/admin/users");
      await expectNoViolations(page, "nothing");

      // invite someone: the dialog, its drop-down lists, then the invitation link dialog
      const invite = page.getByRole("button", { name: text(language, "users", "invite") });
      const dialog = await checkDialog(page, invite, "the invitation dialog");
      const roleField = dialog.getByLabel(text(language, "users", "fields.role"));
      await checkDropdown(page, roleField, "the role list");
      const name = `Dialog Person ${run}`;
      const email = `dialogs-${run}@cni.test`;
      await dialog.getByLabel(text(language, "users", "fields.name")).fill(name);
      await dialog.getByLabel(text(language, "users", "fields.email")).fill(email);
      await roleField.click();
      await page
        .getByRole("option", { name: text(language, "users", "roles.coordinator"), exact: true })
        .click();
      await dialog.getByRole("button", { name: text(language, "users", "create.submit") }).click();
      const linkDialog = page.getByRole("dialog", { name: text(language, "users", "link.title") });
      await expect(linkDialog.getByRole("textbox")).toHaveValue(/\/invitations#/);
      await expect(page.getByRole("dialog")).toHaveCount(1);
      await expect(linkDialog).toHaveCSS("opacity", "1");
      await expectNoViolations(page, "the invitation link dialog");
      await closeDialog(page);

      // the new account's row: its actions are named by what they show (WCAG 2.5.3)
      const search = page.getByRole("search").getByLabel(text(language, "users", "filters.search"));
      await search.fill(email);
      const row = page.getByTestId(`user-row-${email}`);
      await expect(row).toBeVisible();
      await expectNoViolations(page, "the users table");
      await checkDialog(
        page,
        row.getByRole("button", { name: text(language, "users", "actions.newLink") }),
        "the new link dialog",
      );
      await closeDialog(page);
      const confirm = await checkDialog(
        page,
        row.getByRole("button", { name: text(language, "users", "actions.deactivate") }),
        "the deactivate dialog",
      );
      await confirm
        .getByRole("button", { name: text(language, "users", "confirm.submit") })
        .click();
      const toast = page.locator(".mantine-Notification-root").first();
      await expect(toast).toBeVisible();
      await expect(toast).toHaveCSS("opacity", "1");
      await expectNoViolations(page, "the success notification");

      // the waiting registration: verify (a confirmation) and refuse (a reason)
      await search.fill("");
      const registrant = page
        .getByTestId("pending-registration")
        .filter({ hasText: `Αιτών ${run}` });
      await expect(registrant).toBeVisible();
      await checkDialog(
        page,
        registrant.getByRole("button", { name: text(language, "users", "pending.verify") }),
        "the verify dialog",
      );
      await closeDialog(page);
      await checkDialog(
        page,
        registrant.getByRole("button", { name: text(language, "users", "pending.refuse") }),
        "the refuse dialog",
      );
      await closeDialog(page);
    });

    test("the audit log's filters", async () => {
      const page = admin.page;
      await openRoute(page, "/admin/audit");
      const list = page.locator("main input[aria-haspopup='listbox']").first();
      await checkDropdown(page, list, "the audit log's first filter");
    });

    test("an accession under review: the return dialog", async () => {
      // a declaration waiting for the secretariat (other specs return or circulate theirs)
      const waiting = await getJson<{ items: { id: string }[] }>(
        admin.context.request,
        "/api/accessions?status=submitted",
      );
      const id = waiting.items[0]?.id;
      expect(id, "a submitted declaration (Serres' is seeded)").toBeTruthy();
      const page = admin.page;
      await openRoute(page, `/admin/accessions/${id}`);
      await checkDialog(
        page,
        page.getByRole("button", { name: text(language, "accessions", "detail.returnButton") }),
        "the return dialog",
      );
      await closeDialog(page);
    });

    test("an activity: delete", async () => {
      const id = await newActivity(admin, `Δράση για τους διαλόγους ${language}`);
      const page = admin.page;
      await openRoute(page, `/activities/${id}`);
      await checkDialog(
        page,
        page
          .getByTestId("activity-actions")
          .getByRole("button", { name: text(language, "activities", "detail.delete") }),
        "the delete dialog",
      );
      await closeDialog(page);
    });

    test("an amendment: circulate (coordinator) and withdraw (its proposer)", async ({
      browser,
      signInAs,
    }) => {
      const representative = await newMunicipalUser(
        browser,
        admin,
        signInAs,
        "representative",
        "dialogs",
        { municipalityId: "chania", designate: true },
      );
      await useLanguage(representative.context, language);
      const proposed = await retry503(() =>
        representative.context.request.post("/api/amendments", {
          headers: { "x-csrf-token": representative.csrf },
          data: {
            title: `Dialogs ${language} ${Date.now().toString(36)}`,
            clause: "art-2.3",
            proposedText: "Προώθηση της συμμετοχής.",
            rationale: "Για τον έλεγχο προσβασιμότητας.",
          },
        }),
      );
      expect(proposed.status(), await proposed.text()).toBe(201);
      const { id } = (await proposed.json()) as { id: string };

      await openRoute(admin.page, `/amendments/${id}`);
      await checkDialog(
        admin.page,
        admin.page.getByRole("button", {
          name: text(language, "amendments", "circulate.button"),
          exact: true,
        }),
        "the circulate dialog",
      );
      await closeDialog(admin.page);

      await openRoute(representative.page, `/amendments/${id}`);
      await checkDialog(
        representative.page,
        representative.page.getByRole("button", {
          name: text(language, "amendments", "withdraw.button"),
        }),
        "the withdraw dialog",
      );
      await closeDialog(representative.page);
      // the amendment stays as proposed: the run's other specs do not see it circulated
      expect(
        (await getJson<{ status: string }>(admin.context.request, `/api/amendments/${id}`)).status,
      ).toBe("proposed");
    });
  });
}
