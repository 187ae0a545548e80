// Accession end to end (issue 4): a newly registered officer fills the declaration, meets
// the "35 present out of 25" error and a quorum error next to the field, fixes them,
// tries a non-PDF renamed .pdf (refused), uploads the decision's PDF and submits; a
// coordinator returns it with a note; the officer sees the note and resubmits; the
// coordinator accepts; the municipality is a member in the directory, every other member
// has a notice, and a representative of Larissa acknowledges it. Every page passes axe.
import AxeBuilder from "@axe-core/playwright";
import {
  type APIRequestContext,
  type Browser,
  type BrowserContext,
  expect,
  type Locator,
  type Page,
  test,
} from "@playwright/test";

const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];
const ADMIN = { email: "admin@cni.test", password: "admin-password-e2e" };
const RUN = Date.now().toString(36);
const OFFICER = {
  name: "Ευαγγελία Ζαφειρίου",
  email: `officer-${RUN}@dimos-dokimis.test`,
  password: "accession-officer-password",
};
const REPRESENTATIVE = {
  email: `larissa-rep-accession-${RUN}@cni.test`,
  password: "larissa-representative-pw",
};
const MUNICIPALITY_EL = `Δήμος Προσχώρησης ${RUN.toUpperCase()}`;
const RETURN_NOTE =
  "Λείπει η υπογεγραμμένη σελίδα του Μνημονίου· επισυνάψτε τη και υποβάλετε ξανά.";

const today = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Athens" }).format(new Date());

async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  const summary = results.violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.nodes.map((n) => `${n.target.join(" ")} ${n.failureSummary ?? ""}`).join(", ")}`,
  );
  expect(summary, "axe WCAG 2.1 A/AA violations").toEqual([]);
}

/** A small but well-formed PDF (one page), made here rather than shipped as a file. */
function tinyPdf(): Buffer {
  const objects = [
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >>",
  ];
  let body = "%PDF-1.4\n";
  const offsets: number[] = [];
  objects.forEach((object, i) => {
    offsets.push(body.length);
    body += `${i + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) body += `${String(offset).padStart(10, "0")} 00000 n \n`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, "latin1");
}

async function apiSignIn(request: APIRequestContext, who: { email: string; password: string }) {
  const response = await request.post("/api/auth/login", { data: who });
  expect(response.status(), await response.text()).toBe(200);
  return (await response.json()).csrfToken as string;
}

async function signedInContext(browser: Browser, who: { email: string; password: string }) {
  const context = await browser.newContext();
  const csrf = await apiSignIn(context.request, who);
  return { context, csrf };
}

const textbox = (scope: Page | Locator, name: string) =>
  scope.getByRole("textbox", { name, exact: true });

async function fillNumber(scope: Page | Locator, name: string, value: string) {
  const input = scope.getByRole("textbox", { name, exact: true });
  await input.fill(value);
}

test.describe("accession declarations", () => {
  test.describe.configure({ mode: "serial" });

  let officer: BrowserContext;
  let coordinator: { context: BrowserContext; csrf: string };
  let municipalityId = "";
  let accessionId = "";

  test.afterAll(async () => {
    await officer?.close();
    await coordinator?.context.close();
  });

  test("a newly registered officer drafts, meets the rules, uploads and submits", async ({
    browser,
  }) => {
    test.setTimeout(120_000);
    officer = await browser.newContext();
    const page = await officer.newPage();

    // Register a municipality that is not a member (the accounts feature's page).
    await page.goto("/register");
    await expect(page.getByRole("heading", { level: 1, name: "Εγγραφή δήμου" })).toBeVisible();
    await page.getByRole("radio", { name: "Όχι, θα τον προσθέσω" }).check();
    await textbox(page, "Επίσημη ονομασία στα ελληνικά").fill(MUNICIPALITY_EL);
    await textbox(page, "Ονομασία στα αγγλικά (προαιρετικά)").fill(`Accession ${RUN}`);
    await page.getByRole("combobox", { name: "Περιφέρεια", exact: true }).click();
    await page.getByRole("option", { name: "Θεσσαλία", exact: true }).click();
    await textbox(page, "Περιφερειακή ενότητα").fill("Μαγνησία");
    await textbox(page, "Ονοματεπώνυμο").fill(OFFICER.name);
    await textbox(page, "E-mail").fill(OFFICER.email);
    await textbox(page, "Θέση στον δήμο").fill("Προϊσταμένη Κοινωνικής Προστασίας");
    await textbox(page, "Νέος κωδικός πρόσβασης").fill(OFFICER.password);
    await textbox(page, "Επανάληψη κωδικού").fill(OFFICER.password);
    await page.getByRole("button", { name: "Εγγραφή", exact: true }).click();
    await expect(page).toHaveURL(/\/my$/);
    const session = await (await officer.request.get("/api/auth/session")).json();
    expect(session.user).toMatchObject({ email: OFFICER.email, role: "officer" });
    municipalityId = session.user.municipalityId;
    expect(municipalityId).toBeTruthy();

    // The declaration form, reached from the navigation.
    await page
      .getByRole("navigation", { name: "Κύρια πλοήγηση" })
      .getByRole("link", { name: "Δήλωση προσχώρησης" })
      .click();
    await expect(page.getByRole("heading", { level: 1, name: "Δήλωση προσχώρησης" })).toBeVisible();
    await expectNoAxeViolations(page);

    // Step 1: the council decision, with the Serres source's own slip (35 present of 25).
    const decision = page.getByRole("group", { name: "Η απόφαση του δημοτικού συμβουλίου" });
    await textbox(decision, "Αριθμός απόφασης").fill("45/2025");
    await textbox(decision, "Συνεδρίαση").fill("7η τακτική");
    await page.getByLabel("Ημερομηνία απόφασης").fill("2025-03-12");
    await fillNumber(decision, "Μέλη του συμβουλίου", "25");
    await fillNumber(decision, "Παρόντα μέλη", "35");
    await page.getByRole("button", { name: "Αποθήκευση και συνέχεια" }).click();
    const present = decision.getByRole("textbox", { name: "Παρόντα μέλη", exact: true });
    await expect(present).toHaveAccessibleDescription(
      /Τα 35 παρόντα μέλη είναι περισσότερα από τα 25 μέλη του συμβουλίου/,
    );
    await expect(present).toHaveAttribute("aria-invalid", "true");
    await expectNoAxeViolations(page);

    // …then no quorum: 12 of 25.
    await present.fill("12");
    await page.getByRole("button", { name: "Αποθήκευση και συνέχεια" }).click();
    await expect(present).toHaveAccessibleDescription(
      /Δεν υπάρχει απαρτία: 12 παρόντες από 25 μέλη.*τουλάχιστον 13/,
    );
    // The same rule in English, from the same shared schema.
    await page.getByRole("button", { name: "Switch to English" }).click();
    await page.getByRole("button", { name: "Save and continue" }).click();
    await expect(
      page.getByRole("textbox", { name: "Members present", exact: true }),
    ).toHaveAccessibleDescription(/No quorum: 12 of 25 members present.*at least 13/);
    await page.getByRole("button", { name: "Αλλαγή σε Ελληνικά" }).click();

    // Fixed: the draft is created.
    await present.fill("20");
    await page.getByRole("button", { name: "Αποθήκευση και συνέχεια" }).click();
    const signatory = page.getByRole("group", {
      name: "Ποιος υπογράφει το Μνημόνιο για τον δήμο",
    });
    await expect(signatory).toBeVisible();
    const drafts = await (await officer.request.get("/api/accessions")).json();
    expect(drafts.items).toHaveLength(1);
    expect(drafts.items[0]).toMatchObject({
      status: "draft",
      councilDecision: { membersTotal: 25, membersPresent: 20 },
    });
    accessionId = drafts.items[0].id;

    // Step 2: the signatory.
    await textbox(signatory, "Ονοματεπώνυμο").fill("Αχιλλέας Μπέος");
    await textbox(signatory, "Ιδιότητα").fill("Δήμαρχος");
    await page.getByRole("button", { name: "Αποθήκευση και συνέχεια" }).click();

    // Step 3: representative and alternate.
    const representative = page.getByRole("group", { name: "Εκπρόσωπος", exact: true });
    await expect(representative).toBeVisible();
    await expectNoAxeViolations(page);
    await textbox(representative, "Ονοματεπώνυμο").fill("Ελένη Νικολάου");
    await representative.getByRole("textbox", { name: "E-mail" }).fill(`eleni-${RUN}@dimos.test`);
    await representative.getByRole("textbox", { name: "Θέση (προαιρετικό)" }).fill("Αντιδήμαρχος");
    const alternate = page.getByRole("group", { name: "Αναπληρωτής", exact: true });
    await textbox(alternate, "Ονοματεπώνυμο").fill("Νίκος Γεωργίου");
    await alternate.getByRole("textbox", { name: "E-mail" }).fill(`nikos-${RUN}@dimos.test`);
    await page.getByRole("button", { name: "Αποθήκευση και συνέχεια" }).click();

    // Step 4: documents. A non-PDF renamed .pdf is refused…
    const file = page.getByLabel("Αρχείο PDF");
    await expect(file).toBeVisible();
    await expectNoAxeViolations(page);
    await file.setInputFiles({
      name: "apofasi.pdf",
      mimeType: "application/pdf",
      buffer: Buffer.from("GIF89a — this is a picture, not a PDF"),
    });
    await page.getByRole("button", { name: "Μεταφόρτωση" }).click();
    await expect(file).toHaveAccessibleDescription(/Το αρχείο δεν είναι PDF/);
    await expect(file).toHaveAttribute("aria-invalid", "true");
    await expect(page.getByText("Δεν έχει επισυναφθεί ακόμη έγγραφο.")).toBeVisible();
    // …and the API refuses it too, whatever its name and declared type.
    const forged = await officer.request.post(`/api/accessions/${accessionId}/documents`, {
      headers: { "x-csrf-token": session.csrfToken },
      multipart: {
        kind: "decision",
        file: { name: "apofasi.pdf", mimeType: "application/pdf", buffer: Buffer.from("MZ…") },
      },
    });
    expect(forged.status()).toBe(415);

    // The real PDF is uploaded.
    await file.setInputFiles({
      name: "Απόφαση 45-2025.pdf",
      mimeType: "application/pdf",
      buffer: tinyPdf(),
    });
    await page.getByRole("button", { name: "Μεταφόρτωση" }).click();
    await expect(page.getByRole("link", { name: "Λήψη του Απόφαση 45-2025.pdf" })).toBeVisible();
    await page.getByRole("button", { name: "Συνέχεια", exact: true }).click();

    // Step 5: review and submit.
    await expect(page.getByRole("button", { name: "Υποβολή της δήλωσης" })).toBeVisible();
    await expect(page.getByTestId("checks").locator('[data-check="quorum"]')).toHaveAttribute(
      "data-ok",
      "true",
    );
    await expectNoAxeViolations(page);
    await page.getByRole("button", { name: "Υποβολή της δήλωσης" }).click();
    await expect(page.getByText("Η δήλωση υποβλήθηκε", { exact: true })).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test("the coordinator returns it with a note; the officer sees it and resubmits", async ({
    browser,
  }) => {
    test.setTimeout(90_000);
    coordinator = await signedInContext(browser, ADMIN);
    const page = await coordinator.context.newPage();
    await page.goto("/admin/accessions");
    await expect(
      page.getByRole("heading", { level: 1, name: "Δηλώσεις προσχώρησης" }),
    ).toBeVisible();
    const row = page.locator(`[data-accession="${municipalityId}"]`);
    await expect(row).toContainText("45/2025");
    await expect(row).toContainText("20/25 (≥ 13)");
    await expectNoAxeViolations(page);
    await row.getByRole("link", { name: /Εξέταση/ }).click();

    await expect(page.getByRole("heading", { level: 1, name: /Προσχώρηση:/ })).toBeVisible();
    await expect(page.getByRole("link", { name: "Λήψη του Απόφαση 45-2025.pdf" })).toBeVisible();
    // the document downloads as an attachment, with its Greek name
    const download = await coordinator.context.request.get(
      (await page
        .getByRole("link", { name: "Λήψη του Απόφαση 45-2025.pdf" })
        .getAttribute("href")) as string,
    );
    expect(download.status()).toBe(200);
    expect(download.headers()["content-type"]).toBe("application/pdf");
    expect(download.headers()["content-disposition"]).toContain(
      `filename*=UTF-8''${encodeURIComponent("Απόφαση 45-2025.pdf")}`,
    );
    expect((await download.body()).subarray(0, 5).toString()).toBe("%PDF-");
    await expectNoAxeViolations(page);

    // A note is required to return it.
    await page.getByRole("button", { name: "Επιστροφή με σημείωμα" }).click();
    await expect(page.getByRole("textbox", { name: "Σημείωμα προς τον δήμο" })).toHaveAttribute(
      "aria-invalid",
      "true",
    );
    await page.getByRole("textbox", { name: "Σημείωμα προς τον δήμο" }).fill(RETURN_NOTE);
    await page.getByRole("button", { name: "Επιστροφή με σημείωμα" }).click();
    await expect(page.getByText("Επεστράφη για διορθώσεις").first()).toBeVisible();

    // The officer sees the note and submits again.
    const officerPage = officer.pages()[0] ?? (await officer.newPage());
    await officerPage.goto("/accession");
    await expect(officerPage.getByTestId("return-note")).toContainText(RETURN_NOTE);
    await expectNoAxeViolations(officerPage);
    await officerPage.getByRole("button", { name: "Νέα υποβολή" }).click();
    await expect(officerPage.getByText("Η δήλωση υποβλήθηκε", { exact: true })).toBeVisible();
  });

  test("the coordinator accepts: a member, a notice to every other member", async () => {
    test.setTimeout(90_000);
    const page = await coordinator.context.newPage();
    await page.goto(`/admin/accessions/${accessionId}`);
    const notifiedOn = page.getByLabel("Ημερομηνία γνωστοποίησης");
    await expect(notifiedOn).toHaveValue(today);
    await expect(notifiedOn).toHaveAttribute("max", today);
    const parties = (
      await (
        await coordinator.context.request.get("/api/municipalities?status=member,withdrawing")
      ).json()
    ).total as number;

    await page.getByRole("button", { name: "Αποδοχή", exact: true }).click();
    await expect(page.getByTestId("ack-summary")).toHaveText(`0 από ${parties} μέρη επιβεβαίωσαν`);
    await expect(page.getByTestId("acknowledgements").locator("tbody tr")).toHaveCount(parties);
    await expectNoAxeViolations(page);

    // Accepting twice is refused.
    const twice = await coordinator.context.request.post(`/api/accessions/${accessionId}/accept`, {
      headers: { "x-csrf-token": coordinator.csrf },
      data: {},
    });
    expect(twice.status()).toBe(409);

    // The municipality is a member in the directory.
    await page.goto("/municipalities");
    const directoryRow = page
      .getByRole("row")
      .filter({ hasText: MUNICIPALITY_EL.replace(/^Δήμος /, "") });
    await expect(directoryRow).toContainText("Μέλος");
    await page.goto(`/municipalities/${municipalityId}`);
    await expect(page.getByRole("heading", { level: 1 })).toContainText("Προσχώρησης");
    // the declared representative and alternate are its designations (signed-in users)
    const designations = page.getByRole("region", { name: "Εκπρόσωπος και αναπληρωτής" });
    await expect(designations).toContainText("Ελένη Νικολάου");
    await expect(designations).toContainText("Νίκος Γεωργίου");
    await expectNoAxeViolations(page);

    // Every other member has a notice about it.
    const notices = await (await coordinator.context.request.get("/api/notices")).json();
    const about = notices.items.filter(
      (n: { subjectMunicipalityId: string }) => n.subjectMunicipalityId === municipalityId,
    );
    expect(about).toHaveLength(parties);
    expect(
      about.map((n: { recipientMunicipalityId: string }) => n.recipientMunicipalityId),
    ).not.toContain(municipalityId);
  });

  test("a representative of another member acknowledges the notice", async ({ browser }) => {
    test.setTimeout(90_000);
    // The coordinator invites a representative of Larissa, who accepts the invitation.
    const invited = await coordinator.context.request.post("/api/users", {
      headers: { "x-csrf-token": coordinator.csrf },
      data: {
        email: REPRESENTATIVE.email,
        name: "Αντιγόνη Λαρισαίου",
        role: "representative",
        municipalityId: "larissa",
      },
    });
    expect(invited.status(), await invited.text()).toBe(201);
    const token = new URL((await invited.json()).invitationUrl, "http://x").pathname
      .split("/")
      .pop();
    const context = await browser.newContext();
    const accepted = await context.request.post(`/api/invitations/${token}/accept`, {
      data: { password: REPRESENTATIVE.password },
    });
    expect(accepted.status(), await accepted.text()).toBe(200);

    const page = await context.newPage();
    await page.goto("/notices");
    await expect(page.getByRole("heading", { level: 1, name: "Ειδοποιήσεις" })).toBeVisible();
    const nav = page.getByRole("navigation", { name: "Κύρια πλοήγηση" });
    await expect(nav.getByTestId("notices-badge")).toBeVisible();
    const row = page.locator(`tr[data-subject="${municipalityId}"]`);
    await expect(row).toContainText("Δήλωση προσχώρησης");
    await expectNoAxeViolations(page);
    await row.getByRole("button", { name: /Επιβεβαίωση λήψης/ }).click();
    await expect(row).toContainText("Επιβεβαιώθηκε");
    await expectNoAxeViolations(page);

    // The coordinator sees who acknowledged.
    const detail = await coordinator.context.newPage();
    await detail.goto(`/admin/accessions/${accessionId}`);
    await expect(detail.getByTestId("ack-summary")).toHaveText(/^1 από \d+ μέρη επιβεβαίωσαν$/);
    await expect(
      detail.getByTestId("acknowledgements").locator('tr[data-recipient="larissa"]'),
    ).toContainText("Αντιγόνη Λαρισαίου");
    await context.close();
  });
});
