// Accounts end to end (issue 3): a coordinator invites a representative of Larissa, who
// accepts the invitation and signs in; a new municipality (Volos) registers its officer, the
// coordinators are told in their inbox and one verifies it; a designation's act is attached
// as a PDF; sign-out ends the session; an expired session goes back to sign-in and returns;
// every page of the area passes axe (WCAG 2.1 A/AA).
import type { BrowserContext, Locator, Page } from "@playwright/test";
import { ADMIN, athensToday, expect, pdfFile, test } from "./fixtures";

const RUN = Date.now().toString(36);

/** A text, e-mail or password input by its label (without the required-field asterisk). */
const field = (scope: Page | Locator, name: string) =>
  scope.getByRole("textbox", { name, exact: true });

async function signIn(page: Page, email: string, password: string) {
  await expect(page.getByRole("heading", { level: 1, name: "Σύνδεση" })).toBeVisible();
  await field(page, "E-mail").fill(email);
  await field(page, "Κωδικός πρόσβασης").fill(password);
  await page.getByRole("button", { name: "Σύνδεση", exact: true }).click();
}

async function sessionUser(context: BrowserContext) {
  const response = await context.request.get("/api/auth/session");
  return ((await response.json()) as { user: { email: string; role: string } | null }).user;
}

/** Picks an option of a Mantine Select (inside `scope`) by opening it, typing if searchable. */
async function choose(
  page: Page,
  label: string,
  option: string,
  typed?: string,
  scope: Page | Locator = page,
) {
  const input = scope.getByRole("combobox", { name: label, exact: true });
  await input.click();
  if (typed) await input.fill(typed);
  await page.getByRole("option", { name: option, exact: true }).click();
}

const nav = (page: Page) => page.getByRole("navigation", { name: "Κύρια πλοήγηση" });

test.describe("accounts", () => {
  // Long journeys through several pages, each checked with axe, on a shared machine.
  test.describe.configure({ timeout: 120_000 });

  test("the sign-in page is accessible and refuses wrong credentials with one message", async ({
    page,
    axe,
  }) => {
    await page.goto("/sign-in");
    await expect(page.getByRole("heading", { level: 1, name: "Σύνδεση" })).toBeVisible();
    await axe(page);

    await signIn(page, "nobody@cni.test", "a wrong password");
    await expect(page.getByRole("alert")).toContainText("Το e-mail ή ο κωδικός δεν είναι σωστά.");
    await signIn(page, ADMIN.email, "a wrong password");
    await expect(page.getByRole("alert")).toContainText("Το e-mail ή ο κωδικός δεν είναι σωστά.");
    await expect(page).toHaveURL(/\/sign-in$/);

    // empty and malformed fields are explained in Greek next to them
    await field(page, "E-mail").fill("");
    await field(page, "Κωδικός πρόσβασης").fill("");
    await page.getByRole("button", { name: "Σύνδεση", exact: true }).click();
    await expect(page.getByText("Συμπληρώστε αυτό το πεδίο.").first()).toBeVisible();
    await expect(field(page, "E-mail")).toHaveAttribute("aria-invalid", "true");
    await field(page, "E-mail").fill("not-an-address");
    await field(page, "Κωδικός πρόσβασης").fill("something");
    await page.getByRole("button", { name: "Σύνδεση", exact: true }).click();
    await expect(page.getByText("Γράψτε μια έγκυρη διεύθυνση e-mail.")).toBeVisible();
  });

  test("a coordinator invites a representative of Larissa, who accepts and signs in", async ({
    page,
    browser,
    context,
    axe,
  }) => {
    await context.grantPermissions(["clipboard-read", "clipboard-write"]);
    const email = `rep-${RUN}@larissa.test`;
    const password = "larissa representative pass";

    // The coordinator's protected page sends to sign-in and back.
    await page.goto("/admin/users");
    await expect(page).toHaveURL(/\/sign-in\?next=%2Fadmin%2Fusers$/);
    await signIn(page, ADMIN.email, ADMIN.password);
    await expect(page).toHaveURL(/\/admin\/users$/);
    await expect(page.getByRole("heading", { level: 1, name: "Χρήστες" })).toBeVisible();
    await expect(nav(page).getByRole("link", { name: "Χρήστες" })).toBeVisible();
    await expect(nav(page).getByRole("link", { name: "Αρχείο ενεργειών" })).toBeVisible();
    await expect(nav(page).getByRole("link", { name: "Ο δήμος μου" })).toHaveCount(0);
    await expect(
      page.getByRole("banner").getByRole("button", { name: "Αποσύνδεση" }),
    ).toBeVisible();
    await axe(page);

    // Invite: role and municipality, then the link to copy.
    await page.getByRole("button", { name: "Πρόσκληση χρήστη" }).click();
    const dialog = page.getByRole("dialog", { name: "Πρόσκληση χρήστη" });
    await field(dialog, "Ονοματεπώνυμο").fill("Ελένη Παπαδοπούλου");
    await field(dialog, "E-mail").fill(email);
    await choose(page, "Ρόλος", "Εκπρόσωπος", undefined, dialog);
    await choose(page, "Δήμος", "Δήμος Λαρισαίων", "λαρισ", dialog);
    await axe(page);
    await dialog.getByRole("button", { name: "Δημιουργία και σύνδεσμος πρόσκλησης" }).click();

    const linkDialog = page.getByRole("dialog", { name: "Σύνδεσμος πρόσκλησης" });
    await expect(linkDialog).toContainText(
      "Ο σύνδεσμος πρόσκλησης του λογαριασμού «Ελένη Παπαδοπούλου» είναι έτοιμος.",
    );
    const linkInput = field(linkDialog, "Σύνδεσμος πρόσκλησης");
    const invitationUrl = await linkInput.inputValue();
    expect(invitationUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/invitations#[A-Za-z0-9_-]{43}$/);
    await linkDialog.getByRole("button", { name: "Αντιγραφή συνδέσμου" }).click();
    await expect(linkDialog.getByRole("button", { name: "Αντιγράφηκε" })).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(invitationUrl);
    await axe(page);
    await linkDialog.getByRole("button", { name: "Κλείσιμο", exact: true }).click();

    const row = page.getByTestId(`user-row-${email}`);
    await expect(row).toContainText("Σε πρόσκληση");
    await expect(row).toContainText("Δήμος Λαρισαίων");

    // The audit log shows the invitation.
    await nav(page).getByRole("link", { name: "Αρχείο ενεργειών" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Αρχείο ενεργειών" })).toBeVisible();
    await choose(page, "Είδος εγγραφής", "Χρήστης");
    await expect(page).toHaveURL(/entityType=user/);
    await expect(page.getByRole("cell", { name: "Δημιουργία χρήστη" }).first()).toBeVisible();
    await expect(
      page.getByText(`Νέος λογαριασμός ${email} (εκπρόσωπος, Δήμος Λαρισαίων)`),
    ).toBeVisible();
    await axe(page);

    // The representative, in another browser, opens the link and sets a password.
    const repContext = await browser.newContext({ locale: "el-GR", timezoneId: "Europe/Athens" });
    const rep = await repContext.newPage();
    await rep.goto(invitationUrl);
    await expect(rep.getByRole("heading", { level: 1, name: "Αποδοχή πρόσκλησης" })).toBeVisible();
    await expect(rep.getByText(email)).toBeVisible();
    await expect(rep.getByText("Δήμος Λαρισαίων")).toBeVisible();
    await axe(rep);

    await field(rep, "Νέος κωδικός πρόσβασης").fill("short");
    await field(rep, "Επανάληψη κωδικού").fill("different");
    await rep.getByRole("button", { name: "Ορισμός κωδικού και σύνδεση" }).click();
    await expect(rep.getByText("Τουλάχιστον 12 χαρακτήρες.", { exact: true })).toBeVisible();
    await expect(rep.getByText("Οι δύο κωδικοί δεν ταιριάζουν.")).toBeVisible();

    await field(rep, "Νέος κωδικός πρόσβασης").fill(password);
    await field(rep, "Επανάληψη κωδικού").fill(password);
    await rep.getByRole("button", { name: "Ορισμός κωδικού και σύνδεση" }).click();

    // Signed in, on "my municipality", with the representative's menu.
    await expect(rep).toHaveURL(/\/my$/);
    await expect(rep.getByRole("heading", { level: 1, name: "Δήμος Λαρισαίων" })).toBeVisible();
    await expect(rep.getByText("Μέλος", { exact: true })).toBeVisible();
    await expect(nav(rep).getByRole("link", { name: "Ο δήμος μου" })).toHaveAttribute(
      "aria-current",
      "page",
    );
    await expect(nav(rep).getByRole("link", { name: "Χρήστες" })).toHaveCount(0);
    await expect(nav(rep).getByRole("link", { name: "Αρχείο ενεργειών" })).toHaveCount(0);
    await axe(rep);
    expect(await sessionUser(repContext)).toMatchObject({ email, role: "representative" });

    // The link works once.
    await rep.goto(invitationUrl);
    await expect(
      rep.getByRole("heading", { level: 1, name: "Ο σύνδεσμος πρόσκλησης δεν ισχύει" }),
    ).toBeVisible();
    await expect(rep.getByText("Ο σύνδεσμος έχει ήδη χρησιμοποιηθεί.")).toBeVisible();

    // A representative cannot open the coordinators' pages.
    await rep.goto("/admin/users");
    await expect(
      rep.getByRole("heading", { level: 1, name: "Δεν έχετε πρόσβαση σε αυτή τη σελίδα" }),
    ).toBeVisible();

    // Signs out, and signs in again with the new password.
    await rep.getByRole("banner").getByRole("button", { name: "Αποσύνδεση" }).click();
    await expect(rep).toHaveURL(/\/$/);
    expect(await sessionUser(repContext)).toBeNull();
    await rep.goto("/my");
    await expect(rep).toHaveURL(/\/sign-in\?next=%2Fmy$/);
    await signIn(rep, email, password);
    await expect(rep).toHaveURL(/\/my$/);
    await expect(nav(rep).getByRole("link", { name: "Ο δήμος μου" })).toBeVisible();
    await repContext.close();

    // The coordinator sees the account active now.
    await page.goto("/admin/users?role=representative");
    await expect(page.getByTestId(`user-row-${email}`)).toContainText("Ενεργός");
  });

  test("an officer registers from the official list, waits for a coordinator, then drafts", async ({
    page,
    context,
    axe,
    signInAs,
  }) => {
    const email = `officer-${RUN}@volos.test`;
    const password = "tangerine lighthouse 47 violins";
    await page.goto("/sign-in");
    await page.getByRole("link", { name: "Εγγραφή δήμου" }).click();
    await expect(page).toHaveURL(/\/register$/);
    await expect(page.getByRole("heading", { level: 1, name: "Εγγραφή δήμου" })).toBeVisible();
    await axe(page);

    // The official list: typed in the nominative without accents, it finds «Δήμος Βόλου».
    await choose(page, "Δήμος", "Δήμος Βόλου (Μαγνησία, Θεσσαλία)", "βολος");
    await field(page, "Ονοματεπώνυμο").fill("Κώστας Αντωνίου");
    await field(page, "E-mail").fill(email);
    await field(page, "Θέση στον δήμο").fill("Προϊστάμενος Κοινωνικής Προστασίας");
    await field(page, "Νέος κωδικός πρόσβασης").fill(password);
    await field(page, "Επανάληψη κωδικού").fill(password);
    await axe(page);
    await page.getByRole("button", { name: "Εγγραφή", exact: true }).click();

    // Registered and signed in, pending: a link straight to the declaration.
    // (hashing the password and the strength check take a few seconds on a busy machine)
    await expect(page.getByText("Η εγγραφή ολοκληρώθηκε: Δήμος Βόλου")).toBeVisible({
      timeout: 30_000,
    });
    expect(await sessionUser(context)).toMatchObject({
      email,
      role: "officer",
      verification: "pending",
    });
    await page.getByRole("link", { name: "Σύνταξη της δήλωσης προσχώρησης" }).click();
    await expect(page).toHaveURL(/\/accession$/);
    await expect(page.getByText("Ο λογαριασμός σας περιμένει επαλήθευση")).toBeVisible();
    await axe(page);

    // The coordinators are told in their inbox (the menu counts it), with a link to verify.
    const coordinator = await signInAs("coordinator");
    const admin = coordinator.page;
    await admin.goto("/notices");
    await expect(admin.getByTestId("notices-badge")).toBeVisible();
    const inbox = admin.getByRole("region", { name: "Προς τους συντονιστές" });
    const notice = inbox
      .getByRole("row")
      .filter({ hasText: "Νέα εγγραφή προς επαλήθευση: Κώστας Αντωνίου, Δήμος Βόλου" });
    await expect(notice).toHaveCount(1);
    await axe(admin);
    await notice.getByRole("link", { name: "Επαλήθευση στη σελίδα «Χρήστες»" }).click();
    await expect(admin).toHaveURL(/\/admin\/users$/);

    // The coordinator sees the registration, with no switchboard number on file, and verifies.
    const card = admin.getByTestId("pending-registration").filter({ hasText: email });
    await expect(card).toContainText("Δήμος Βόλου");
    await expect(card).toContainText("Δεν υπάρχει καταχωρισμένος αριθμός τηλεφωνικού κέντρου.");
    await axe(admin);
    await card.getByRole("button", { name: "Επαλήθευση" }).click();
    await admin.getByRole("dialog").getByRole("button", { name: "Επαλήθευση" }).click();
    await expect(card).toHaveCount(0, { timeout: 15_000 });

    // …and acknowledges the notice, for every coordinator.
    await admin.goto("/notices");
    await notice
      .getByRole("button", { name: "Επιβεβαίωση λήψης της ειδοποίησης: Δήμος Βόλου" })
      .click();
    await expect(notice).toContainText("Επιβεβαιώθηκε");
    await expect(notice).toContainText("Γραμματεία του Δικτύου");
    await coordinator.close();

    // The officer's next page view: verified, and it drafts the declaration.
    await page.reload();
    await expect(page.getByRole("heading", { level: 1, name: "Δήλωση προσχώρησης" })).toBeVisible();
    await expect(page.getByText("Ο λογαριασμός σας περιμένει επαλήθευση")).toHaveCount(0);
    expect(await sessionUser(context)).toMatchObject({ verification: "verified" });
    const decision = page.getByRole("group", { name: "Η απόφαση του δημοτικού συμβουλίου" });
    await field(decision, "Αριθμός απόφασης").fill("12/2026");
    await page.getByLabel("Ημερομηνία απόφασης").fill("2026-01-20");
    await field(decision, "Συνεδρίαση").fill("2η τακτική");
    const attendance = page.getByRole("group", { name: "Παρόντες" });
    await field(attendance, "Μέλη του συμβουλίου").fill("33");
    await field(attendance, "Παρόντες στην ψηφοφορία του θέματος").fill("30");
    await field(page, "Ψήφοι υπέρ").fill("30");
    await page.getByRole("button", { name: "Αποθήκευση και συνέχεια" }).click();
    await expect(
      page.getByRole("group", { name: "Ποιος υπογράφει το Μνημόνιο για τον δήμο" }),
    ).toBeVisible();
    const drafts = await (await context.request.get("/api/accessions")).json();
    expect(drafts.items[0]).toMatchObject({ status: "draft" });
  });

  test("a coordinator designates Livadeia's alternate by a mayoral decision with its PDF", async ({
    axe,
    signInAs,
  }) => {
    const { page } = await signInAs("coordinator");
    await page.goto("/municipalities/livadeia");
    const section = page.getByRole("region", { name: "Εκπρόσωπος και αναπληρωτής" });
    await section.getByRole("button", { name: "Ορισμός νέου αναπληρωτή" }).click();
    const form = section.getByRole("form", { name: "Ορισμός νέου αναπληρωτή" });
    await field(form, "Ονοματεπώνυμο").fill("Σοφία Λεβαδίτου");
    await field(form, "E-mail").fill(`alternate-${RUN}@livadeia.test`);
    await field(form, "Αριθμός").fill("57/2026");
    await field(form, "Ημερομηνία").fill(athensToday());

    // not a PDF: refused in the browser before anything is saved
    const fileInput = form.locator('input[type="file"]');
    await fileInput.setInputFiles({
      name: "decision.pdf",
      mimeType: "application/pdf",
      buffer: Buffer.from("<html>not a pdf</html>"),
    });
    await form.getByRole("button", { name: "Ορισμός από σήμερα" }).click();
    await expect(form.getByText("Το αρχείο δεν είναι PDF.")).toBeVisible();
    await axe(page);

    await fileInput.setInputFiles(pdfFile("Απόφαση 57-2026.pdf"));
    await form.getByRole("button", { name: "Ορισμός από σήμερα" }).click();
    const card = section.locator('[data-role="alternate"]');
    await expect(card).toContainText("Σοφία Λεβαδίτου");
    const link = card.getByRole("link", { name: "Απόφαση δημάρχου 57/2026 (PDF)" });
    await expect(link).toBeVisible();
    await axe(page);

    // the PDF is served to the coordinators and the parties' accounts, not to anyone else
    const href = (await link.getAttribute("href")) ?? "";
    const pdf = await page.request.get(href);
    expect(pdf.status()).toBe(200);
    expect(pdf.headers()["content-type"]).toBe("application/pdf");
    expect((await pdf.body()).subarray(0, 5).toString()).toBe("%PDF-");
    const anonymous = await page.context().browser()?.newContext();
    expect((await anonymous?.request.get(href))?.status()).toBe(401);
    await anonymous?.close();
  });

  test("an expired session goes back to sign-in and returns to the same page", async ({
    page,
    context,
  }) => {
    await page.goto("/sign-in");
    await signIn(page, ADMIN.email, ADMIN.password);
    // a coordinator lands on the dashboard (issue 15 item 9)
    await expect(page).toHaveURL(/\/dashboard$/);
    await page.goto("/admin/audit?entityType=user&from=2024-01-01");
    await expect(page.getByRole("heading", { level: 1, name: "Αρχείο ενεργειών" })).toBeVisible();

    // The session ends on the server (here: the cookie is gone) while the page is open. The
    // next request finds it gone: the test's own (a filter change) or a background refetch,
    // whichever comes first, so the filter already in the URL is what must come back.
    await context.clearCookies();
    await page
      .getByLabel("Έως", { exact: true })
      .fill("2025-12-31", { timeout: 5_000 })
      .catch(() => undefined);

    await expect(page).toHaveURL(/\/sign-in\?next=.*reason=expired$/);
    await expect(page.getByText("Η συνεδρία σας έληξε.")).toBeVisible();
    await signIn(page, ADMIN.email, ADMIN.password);
    await expect(page).toHaveURL(/\/admin\/audit\?entityType=user&from=2024-01-01(&|$)/);
    await expect(page.getByRole("heading", { level: 1, name: "Αρχείο ενεργειών" })).toBeVisible();
  });
});
