// Withdrawals end to end: an officer files one and sees the effective date (15 calendar
// days after notification) before confirming; the directory counts down; a coordinator
// rescinds it; the timelines show filed, rescinded and effective events; the directory as
// of a past date shows who was a member then; the network page charts the members.
import AxeBuilder from "@axe-core/playwright";
import {
  type APIRequestContext,
  type APIResponse,
  type Browser,
  type BrowserContext,
  expect,
  type Page,
  test,
} from "@playwright/test";

const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];
const ADMIN = { email: "admin@cni.test", password: "admin-password-e2e" };
const OFFICER = {
  email: `karditsa-officer-${Date.now()}@cni.test`,
  password: "karditsa-officer-password",
};

async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  const summary = results.violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.nodes.map((n) => `${n.target.join(" ")} ${n.html.slice(0, 120)} ${n.failureSummary ?? ""}`).join(", ")}`,
  );
  expect(summary, "axe WCAG 2.1 A/AA violations").toEqual([]);
}

/** Today in Athens and calendar arithmetic on 'YYYY-MM-DD' (no clock, no zone). */
const today = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Athens" }).format(new Date());
function addDays(date: string, days: number): string {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}
const greekShort = (date: string) => date.split("-").reverse().join("/");

/** Set-up requests: retried while the server says it is busy (503 + Retry-After). */
async function withRetry(send: () => Promise<APIResponse>): Promise<APIResponse> {
  for (let attempt = 1; ; attempt++) {
    const response = await send();
    if (response.status() !== 503 || attempt === 5) return response;
    await new Promise((resolve) => setTimeout(resolve, 1000 * attempt));
  }
}

/** Signs in through the API; the page's context then carries the session cookie. */
async function signIn(request: APIRequestContext, who: { email: string; password: string }) {
  const response = await withRetry(() => request.post("/api/auth/login", { data: who }));
  expect(response.status(), await response.text()).toBe(200);
  return (await response.json()).csrfToken as string;
}

async function signedInContext(browser: Browser, who: { email: string; password: string }) {
  const context = await browser.newContext();
  const csrf = await signIn(context.request, who);
  return { context, csrf };
}

let officer: BrowserContext;
let coordinator: BrowserContext;

// The tests tell one story (file → count down → rescind …): run them in order.
test.describe.configure({ mode: "serial", timeout: 120_000 });

test.describe("withdrawals", () => {
  test.beforeAll(async ({ browser, playwright, baseURL }) => {
    // The coordinator creates the officer of Karditsa, who accepts the invitation.
    const admin = await signedInContext(browser, ADMIN);
    coordinator = admin.context;
    const csrf = admin.csrf;
    const created = await withRetry(() =>
      coordinator.request.post("/api/users", {
        headers: { "x-csrf-token": csrf },
        data: {
          email: OFFICER.email,
          name: "Υπάλληλος Καρδίτσας",
          role: "officer",
          municipalityId: "karditsa",
        },
      }),
    );
    expect(created.status(), await created.text()).toBe(201);
    const token = new URL((await created.json()).invitationUrl).hash.slice(1);
    const anonymous = await playwright.request.newContext({ baseURL });
    const accepted = await withRetry(() =>
      anonymous.post(`/api/invitations/${token}/accept`, {
        data: { password: OFFICER.password },
      }),
    );
    expect(accepted.ok(), await accepted.text()).toBe(true);
    await anonymous.dispose();
    officer = (await signedInContext(browser, OFFICER)).context;
  });

  test.afterAll(async () => {
    await officer?.close();
    await coordinator?.close();
  });

  test("the officer of Karditsa files a withdrawal, seeing the effective date first", async () => {
    const page = await officer.newPage();
    await page.goto("/municipalities/karditsa");
    await expect(page.getByRole("heading", { level: 1, name: "Δήμος Καρδίτσας" })).toBeVisible();
    await page.getByRole("link", { name: "Δήλωση αποχώρησης" }).click();

    await expect(
      page.getByRole("heading", { level: 1, name: "Αποχώρηση από το Δίκτυο" }),
    ).toBeVisible();
    await expect(page.getByRole("textbox", { name: "Δήμος" })).toHaveValue("Δήμος Καρδίτσας");
    // an officer cannot back-date the notification: the field is not offered
    await expect(page.getByLabel("Ημερομηνία κοινοποίησης στα άλλα μέρη")).toHaveCount(0);

    const effectiveOn = addDays(today, 15);
    const preview = page.getByTestId("effective-date-preview");
    await expect(preview.getByTestId("effective-on")).toHaveAttribute("datetime", effectiveOn);
    await expect(preview).toContainText("15 ημερολογιακές ημέρες μετά την κοινοποίηση");
    await expect(preview).toContainText(`κοινοποίηση στις ${greekShort(today)}`);

    // the date fields follow the rule as they change
    await page.getByLabel("Ημερομηνία της έγγραφης δήλωσης").fill(addDays(today, 3));
    await page.getByRole("button", { name: "Συνέχεια" }).click();
    await expect(
      page.getByText("Η ημερομηνία της δήλωσης δεν μπορεί να είναι μελλοντική."),
    ).toBeVisible();
    await page.getByLabel("Ημερομηνία της έγγραφης δήλωσης").fill(addDays(today, -1));
    await page.getByLabel("Αιτιολογία (προαιρετικά)").fill("Απόφαση του δημοτικού συμβουλίου");
    // the written declaration, attached as a PDF (checked by content on the server)
    await page.locator('input[type="file"]').setInputFiles({
      name: "Δήλωση αποχώρησης Καρδίτσας.pdf",
      mimeType: "application/pdf",
      buffer: Buffer.from("%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\n%%EOF\n", "latin1"),
    });
    await expectNoAxeViolations(page);

    await page.getByRole("button", { name: "Συνέχεια" }).click();
    const dialog = page.getByRole("dialog", { name: "Επιβεβαίωση αποχώρησης" });
    await expect(dialog).toBeVisible();
    await expect(dialog.getByTestId("confirm-effective-on")).toHaveAttribute(
      "datetime",
      effectiveOn,
    );
    await expect(dialog).toContainText("Δήμος Καρδίτσας");
    await expect(dialog).toContainText("15 ημερολογιακές ημέρες μετά την κοινοποίηση");
    await expectNoAxeViolations(page);
    await dialog.getByRole("button", { name: "Υποβολή αποχώρησης" }).click();

    await expect(page).toHaveURL(/\/municipalities\/karditsa$/);
    const panel = page.getByTestId("withdrawal-panel");
    await expect(panel).toContainText("Αποχώρηση σε εκκρεμότητα");
    await expect(panel.getByTestId("withdrawal-countdown")).toHaveText("αποχωρεί σε 15 ημέρες");
    await expect(page.getByRole("heading", { level: 1 }).locator("..")).toContainText(
      "Σε αποχώρηση",
    );
    const timeline = page.getByTestId("municipality-timeline");
    await expect(timeline.locator('[data-kind="withdrawal_filed"]')).toBeVisible();
    await expectNoAxeViolations(page);

    // its page: the dates, the rule, the attached declaration
    await panel.getByRole("link", { name: "Στοιχεία αποχώρησης" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Αποχώρηση: Δήμος Καρδίτσας");
    await expect(page.getByRole("link", { name: "Δήλωση αποχώρησης Καρδίτσας.pdf" })).toBeVisible();
    await expect(page.getByText("Σε εκκρεμότητα")).toBeVisible();
    await expectNoAxeViolations(page);

    // the officer's "my municipality" page shows it too, with the countdown
    await page.goto("/my");
    await expect(
      page.getByTestId("withdrawal-panel").getByTestId("withdrawal-countdown"),
    ).toHaveText("αποχωρεί σε 15 ημέρες");
    await page.close();
  });

  test("the directory shows the countdown on Karditsa, for everyone", async ({ page }) => {
    await page.goto("/municipalities");
    const row = page.getByTestId("municipality-table").locator('tr[data-municipality="karditsa"]');
    await expect(row).toContainText("Σε αποχώρηση");
    await expect(row.getByTestId("withdrawal-countdown")).toHaveText("αποχωρεί σε 15 ημέρες");
    // still a party until the effective date: counted with the members
    await expect(page.getByTestId("directory-summary")).toContainText("1 σε αποχώρηση");
    await page.goto("/municipalities/karditsa");
    await expect(page.getByTestId("withdrawal-countdown")).toHaveText("αποχωρεί σε 15 ημέρες");
    // anonymous visitors get no actions
    await expect(page.getByRole("button", { name: "Ανάκληση της αποχώρησης" })).toHaveCount(0);
    await expectNoAxeViolations(page);
    // and in English
    await page.getByRole("button", { name: "Switch to English" }).click();
    await expect(page.getByTestId("withdrawal-countdown")).toHaveText("leaves in 15 days");
    await expect(page.getByTestId("municipality-timeline")).toContainText(
      "Withdrawal notified to the other parties",
    );
  });

  test("a coordinator rescinds it; the timeline shows filed and rescinded", async () => {
    const page = await coordinator.newPage();
    await page.goto("/municipalities/karditsa");
    await page.getByRole("button", { name: "Ανάκληση της αποχώρησης" }).click();
    const dialog = page.getByRole("dialog", { name: "Ανάκληση της αποχώρησης;" });
    await expect(dialog).toContainText("Δήμος Καρδίτσας παραμένει μέλος");
    await expectNoAxeViolations(page);
    await dialog.getByRole("button", { name: "Ανάκληση", exact: true }).click();
    await expect(dialog).toBeHidden();

    await expect(page.getByTestId("withdrawal-panel")).not.toContainText(
      "Αποχώρηση σε εκκρεμότητα",
    );
    const items = page.getByTestId("municipality-timeline").getByRole("listitem");
    await expect(items).toHaveCount(3);
    await expect(items.nth(0)).toHaveAttribute("data-kind", "member_on_or_before");
    await expect(items.nth(1)).toHaveAttribute("data-kind", "withdrawal_filed");
    await expect(items.nth(1)).toContainText("Κοινοποίηση αποχώρησης στα άλλα μέρη");
    await expect(items.nth(2)).toHaveAttribute("data-kind", "withdrawal_rescinded");
    await expect(items.nth(2)).toContainText("Ανάκληση αποχώρησης");

    await page.goto("/municipalities");
    const row = page.getByTestId("municipality-table").locator('tr[data-municipality="karditsa"]');
    await expect(row).toContainText("Μέλος");
    await expect(row.getByTestId("withdrawal-countdown")).toHaveCount(0);
    await page.close();
  });

  test("a paper notification 20 days ago (Tripoli) is already effective: filed and effective in the timeline", async () => {
    const page = await coordinator.newPage();
    await page.goto("/withdrawals/new?municipalityId=tripoli");
    // a coordinator chooses among the members; the page preselects the one it came from
    await expect(page.getByRole("combobox", { name: "Δήμος" })).toHaveValue("Δήμος Τρίπολης");
    const notifiedOn = addDays(today, -20);
    const effectiveOn = addDays(notifiedOn, 15);
    await page.getByLabel("Ημερομηνία της έγγραφης δήλωσης").fill(addDays(today, -21));
    await page.getByLabel("Ημερομηνία κοινοποίησης στα άλλα μέρη").fill(notifiedOn);
    const preview = page.getByTestId("effective-date-preview");
    await expect(preview.getByTestId("effective-on")).toHaveAttribute("datetime", effectiveOn);
    await expect(preview).toContainText("έχει ήδη περάσει");
    await expectNoAxeViolations(page);
    await page.getByRole("button", { name: "Συνέχεια" }).click();
    await page.getByRole("dialog").getByRole("button", { name: "Υποβολή αποχώρησης" }).click();

    await expect(page).toHaveURL(/\/municipalities\/tripoli$/);
    await expect(page.getByRole("heading", { level: 1 }).locator("..")).toContainText(
      "Πρώην μέλος",
    );
    const items = page.getByTestId("municipality-timeline").getByRole("listitem");
    await expect(items).toHaveCount(3);
    await expect(items.nth(1)).toHaveAttribute("data-kind", "withdrawal_filed");
    await expect(items.nth(1).locator("time")).toHaveAttribute("datetime", notifiedOn);
    await expect(items.nth(2)).toHaveAttribute("data-kind", "withdrawal_effective");
    await expect(items.nth(2).locator("time")).toHaveAttribute("datetime", effectiveOn);

    // the list of withdrawals: Tripoli effective, Karditsa rescinded
    await page.goto("/withdrawals");
    const table = page.getByTestId("withdrawals-table");
    await expect(table).toContainText("Δήμος Τρίπολης");
    await expect(table).toContainText("Δήμος Καρδίτσας");
    await expectNoAxeViolations(page);
    await page.close();
  });

  test("the directory as of 2020-01-01 shows only Athens and Thessaloniki as members", async ({
    page,
  }) => {
    await page.goto("/municipalities");
    await page.getByLabel("Το Δίκτυο στις").fill("2020-01-01");
    await expect(page).toHaveURL(/[?&]asOf=2020-01-01/);
    await expect(page.getByTestId("directory-summary")).toContainText("Όπως ήταν στις 01/01/2020");
    await expect(page.getByTestId("directory-summary")).toContainText("2 μέλη");
    const members = page
      .getByTestId("municipality-table")
      .locator("tbody tr")
      .filter({ has: page.locator('[data-status="member"]') });
    await expect(members).toHaveCount(2);
    await expect(members.nth(0)).toHaveAttribute("data-municipality", "athens");
    await expect(members.nth(1)).toHaveAttribute("data-municipality", "thessaloniki");
    await expectNoAxeViolations(page);

    // the CSV link carries the date; the file has a BOM and Greek intact
    const href = await page.getByTestId("members-csv").getAttribute("href");
    expect(href).toContain("asOf=2020-01-01");
    const csv = await page.request.get(href ?? "");
    const bytes = await csv.body();
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.toString("utf8")).toContain("Δήμος Αθηναίων");

    // and back to today: Tripoli is a former member now
    await page.getByRole("button", { name: "Σήμερα" }).click();
    await expect(page).not.toHaveURL(/asOf=/);
    await expect(
      page.getByTestId("municipality-table").locator('tr[data-municipality="tripoli"]'),
    ).toContainText("Πρώην μέλος");
  });

  test("the network page charts the members over time", async ({ page }) => {
    await page.goto("/network");
    await expect(
      page.getByRole("heading", { level: 1, name: "Το Δίκτυο στον χρόνο" }),
    ).toBeVisible();
    await expect(page.getByTestId("members-chart").locator("svg").first()).toBeVisible();
    const table = page.getByTestId("members-over-time-table");
    await expect(table.locator("tbody tr").last()).toContainText("04/01/2018");
    await expect(table.locator("tbody tr").last()).toContainText("2");
    // today's count is the directory's (other specs may have changed the members)
    const parties = await page.request.get("/api/municipalities?status=member,withdrawing");
    const { total } = await parties.json();
    await expect(page.getByTestId("members-today")).toHaveText(`Σήμερα: ${total} μέλη`);
    await expectNoAxeViolations(page);
    await table.getByRole("link", { name: "Τα μέλη στις 04/01/2018" }).click();
    await expect(page).toHaveURL(/asOf=2018-01-04/);
  });
});
