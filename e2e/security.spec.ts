// Issue 13 in the browser: invitation links carry their token in the fragment (it never
// reaches the server in a URL); guessable passwords are refused with the reason; the
// account page changes the name and the password (other sessions end); "forgot password"
// says it needs e-mail when the server sends none; a reset link sets a new password once.
// Greek first, English too; every page passes axe; nothing scrolls sideways at 360 px.
import { createHash, randomBytes } from "node:crypto";
import { createClient } from "@libsql/client";
import type { BrowserContext, Page } from "@playwright/test";
import { expect, expectNoAxeViolations, retry503, test } from "./fixtures";

const port = Number(process.env.E2E_PORT ?? 3100);
// The e2e server's database (playwright.config.ts): used only to plant a reset link, which
// this server (no SMTP_URL) would otherwise only e-mail.
const databaseFile = `data/e2e-${port}.db`;
const RUN = Date.now().toString(36);

const field = (page: Page, name: string) => page.getByRole("textbox", { name, exact: true });

async function sessionUser(context: BrowserContext) {
  const response = await context.request.get("/api/auth/session");
  return ((await response.json()) as { user: { email: string; name: string } | null }).user;
}

async function noSidewaysScroll(page: Page) {
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow, "horizontal overflow in px").toBeLessThanOrEqual(0);
}

/** A coordinator account invited through the API; returns its invitation link. */
async function invite(
  signInAs: (who: "coordinator") => Promise<{ context: BrowserContext; csrf: string }>,
  email: string,
  name: string,
) {
  const admin = await signInAs("coordinator");
  const created = await retry503(() =>
    admin.context.request.post("/api/users", {
      headers: { "x-csrf-token": admin.csrf },
      data: { email, name, role: "coordinator" },
    }),
  );
  expect(created.status(), await created.text()).toBe(201);
  return ((await created.json()) as { invitationUrl: string }).invitationUrl;
}

test.describe("security", () => {
  test.describe.configure({ timeout: 120_000 });

  test("an invitation link keeps its token out of URLs; the account page changes name and password", async ({
    browser,
    signInAs,
  }) => {
    const email = `account-${RUN}@security.test`;
    const password = "harbour lantern quietly seven";
    const invitationUrl = await invite(signInAs, email, "Σοφία Αλεξίου");
    expect(invitationUrl).toMatch(/\/invitations#[A-Za-z0-9_-]{43}$/);
    const token = new URL(invitationUrl).hash.slice(1);

    const context = await browser.newContext({ locale: "el-GR", timezoneId: "Europe/Athens" });
    const page = await context.newPage();
    const sentUrls: string[] = [];
    page.on("request", (request) => sentUrls.push(request.url()));
    await page.goto(invitationUrl);
    await expect(page.getByRole("heading", { level: 1, name: "Αποδοχή πρόσκλησης" })).toBeVisible();
    await expect(page.getByText(email)).toBeVisible();
    await expectNoAxeViolations(page);

    // a common password is refused, with the reason
    await field(page, "Νέος κωδικός πρόσβασης").fill("password12345");
    await field(page, "Επανάληψη κωδικού").fill("password12345");
    await page.getByRole("button", { name: "Ορισμός κωδικού και σύνδεση" }).click();
    await expect(page.getByText(/από τους πιο συνηθισμένους|μαντεύεται/).first()).toBeVisible();
    await field(page, "Νέος κωδικός πρόσβασης").fill(password);
    await field(page, "Επανάληψη κωδικού").fill(password);
    await page.getByRole("button", { name: "Ορισμός κωδικού και σύνδεση" }).click();
    await expect(page).not.toHaveURL(/invitations/);
    expect(await sessionUser(context)).toMatchObject({ email });
    // the token went only in request bodies, never in a URL the server saw
    expect(sentUrls.filter((url) => url.includes(token))).toEqual([]);

    // another device, signed in with the same password
    const other = await browser.newContext();
    expect(
      (await other.request.post("/api/auth/login", { data: { email, password } })).status(),
    ).toBe(200);

    // the account page, from the name in the header
    await page
      .getByRole("banner")
      .getByRole("link", { name: /Σοφία Αλεξίου/ })
      .click();
    await expect(page).toHaveURL(/\/account$/);
    await expect(page.getByRole("heading", { level: 1, name: "Ο λογαριασμός μου" })).toBeVisible();
    await expect(page.getByText(email)).toBeVisible();
    await expectNoAxeViolations(page);

    await field(page, "Ονοματεπώνυμο").fill("Σοφία Αλεξίου-Δήμου");
    await page.getByRole("button", { name: "Αποθήκευση ονόματος" }).click();
    await expect(page.getByText("Το όνομά σας αποθηκεύτηκε.")).toBeVisible();
    await expect(page.getByTestId("header-user")).toContainText("Σοφία Αλεξίου-Δήμου");

    const newPassword = "orchard silver kettle mountain";
    await field(page, "Τρέχων κωδικός").fill("not my password at all");
    await field(page, "Νέος κωδικός").fill(newPassword);
    await field(page, "Επανάληψη του νέου κωδικού").fill(newPassword);
    await page.getByRole("button", { name: "Αλλαγή κωδικού" }).click();
    await expect(page.getByText("Ο τρέχων κωδικός δεν είναι σωστός.")).toBeVisible();

    await field(page, "Τρέχων κωδικός").fill(password);
    await field(page, "Νέος κωδικός").fill("alexiou sofia");
    await field(page, "Επανάληψη του νέου κωδικού").fill("alexiou sofia");
    await page.getByRole("button", { name: "Αλλαγή κωδικού" }).click();
    await expect(page.getByText(/περιέχει το όνομά σας/)).toBeVisible();
    await expect(page.getByText("Ο κωδικός σας άλλαξε.", { exact: false })).toHaveCount(0);

    await field(page, "Νέος κωδικός").fill(newPassword);
    await field(page, "Επανάληψη του νέου κωδικού").fill(newPassword);
    await page.getByRole("button", { name: "Αλλαγή κωδικού" }).click();
    await expect(page.getByText("Ο κωδικός σας άλλαξε.", { exact: false })).toBeVisible();
    await expectNoAxeViolations(page);
    // this session stays, the other device's ends, the new password works
    expect(await sessionUser(context)).toMatchObject({ email });
    expect(await sessionUser(other)).toBeNull();
    expect(
      (
        await other.request.post("/api/auth/login", { data: { email, password: newPassword } })
      ).status(),
    ).toBe(200);
    await other.close();

    // 360 px: the header's account icon leads here; nothing scrolls sideways
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto("/");
    await page.getByRole("banner").getByRole("link", { name: "Ο λογαριασμός μου" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Ο λογαριασμός μου" })).toBeVisible();
    await noSidewaysScroll(page);
    await expectNoAxeViolations(page);
    await page.screenshot({ path: `test-results/e2e-${port}/account-el-360.png`, fullPage: true });

    // English
    await page.evaluate(() => window.localStorage.setItem("cni.lang", "en"));
    await page.setViewportSize({ width: 1366, height: 900 });
    await page.reload();
    await expect(page.getByRole("heading", { level: 1, name: "My account" })).toBeVisible();
    await expect(page.getByRole("heading", { name: "Change the password" })).toBeVisible();
    await expectNoAxeViolations(page);
    await page.screenshot({ path: `test-results/e2e-${port}/account-en-1366.png`, fullPage: true });
    await context.close();
  });

  test("without e-mail, “forgot password” says so; a reset link sets a new password once", async ({
    browser,
    signInAs,
  }) => {
    const context = await browser.newContext({ locale: "el-GR", timezoneId: "Europe/Athens" });
    const page = await context.newPage();

    // This server has no SMTP_URL: no link on the sign-in page, and the page explains.
    await page.goto("/sign-in");
    await expect(page.getByRole("heading", { level: 1, name: "Σύνδεση" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Ξεχάσατε τον κωδικό σας;" })).toHaveCount(0);
    await page.goto("/forgot-password");
    await expect(
      page.getByRole("heading", { level: 1, name: "Ξεχάσατε τον κωδικό σας" }),
    ).toBeVisible();
    await expect(page.getByText(/δεν στέλνει e-mail/)).toBeVisible();
    await expectNoAxeViolations(page);
    await page.screenshot({ path: `test-results/e2e-${port}/forgot-el-1366.png`, fullPage: true });
    await page.goto("/reset-password");
    await expect(page.getByText(/Ο σύνδεσμος δεν είναι πλήρης/)).toBeVisible();
    await expectNoAxeViolations(page);

    // An account, and a reset link as the e-mail would carry it (planted in the database:
    // the API tests cover the e-mail itself).
    const email = `reset-${RUN}@security.test`;
    const invitationUrl = await invite(signInAs, email, "Νίκος Ρήγας");
    const accepted = await context.request.post("/api/invitations/accept", {
      data: { token: new URL(invitationUrl).hash.slice(1), password: "first fine passphrase here" },
    });
    expect(accepted.status(), await accepted.text()).toBe(200);
    await context.clearCookies();
    const token = randomBytes(32).toString("base64url");
    const db = createClient({ url: `file:${databaseFile}` });
    try {
      const user = await db.execute({
        sql: 'SELECT id FROM "User" WHERE email = ?',
        args: [email],
      });
      await db.execute({
        sql: 'INSERT INTO "PasswordReset" ("id", "tokenHash", "userId", "expiresAt") VALUES (?, ?, ?, ?)',
        args: [
          `e2e-${RUN}`,
          createHash("sha256").update(token).digest("hex"),
          String(user.rows[0]?.id),
          new Date(Date.now() + 30 * 60_000).toISOString().replace("Z", "+00:00"),
        ],
      });
    } finally {
      db.close();
    }

    await page.goto(`/reset-password#${token}`);
    await expect(
      page.getByRole("heading", { level: 1, name: "Ορισμός νέου κωδικού" }),
    ).toBeVisible();
    await expectNoAxeViolations(page);
    const newPassword = "granite meadow lantern whisper";
    await field(page, "Νέος κωδικός πρόσβασης").fill(newPassword);
    await field(page, "Επανάληψη κωδικού").fill(newPassword);
    await page.getByRole("button", { name: "Ορισμός κωδικού και σύνδεση" }).click();
    await expect(page).not.toHaveURL(/reset-password/);
    expect(await sessionUser(context)).toMatchObject({ email });

    // the link works once
    await page.goto("/");
    await page.goto(`/reset-password#${token}`);
    await field(page, "Νέος κωδικός πρόσβασης").fill("another granite meadow phrase");
    await field(page, "Επανάληψη κωδικού").fill("another granite meadow phrase");
    await page.getByRole("button", { name: "Ορισμός κωδικού και σύνδεση" }).click();
    await expect(page.getByText(/Ο σύνδεσμος δεν ισχύει πια/)).toBeVisible();
    await expectNoAxeViolations(page);

    // English, 360 px
    await page.evaluate(() => window.localStorage.setItem("cni.lang", "en"));
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto("/forgot-password");
    await expect(
      page.getByRole("heading", { level: 1, name: "Forgot your password" }),
    ).toBeVisible();
    await expect(page.getByText(/does not send e-mail/)).toBeVisible();
    await noSidewaysScroll(page);
    await expectNoAxeViolations(page);
    await page.goto(`/reset-password#${"x".repeat(43)}`);
    await expect(page.getByRole("heading", { level: 1, name: "Set a new password" })).toBeVisible();
    await noSidewaysScroll(page);
    await page.screenshot({ path: `test-results/e2e-${port}/reset-en-360.png`, fullPage: true });
    await context.close();
  });
});
