// Accession by declaration notified to the parties, end to end: an officer (registered for a
// municipality of the official list, verified by a coordinator) declares accession without
// naming a representative, meets the "35 present out of 25" slip and a malformed ΑΔΑ next to
// their fields; the coordinator, as the network's secretariat, returns the declaration for a
// listed formal defect; the officer sees the defect and the note, fixes and resubmits; the
// coordinator circulates it to the parties. The municipality is a party from that day, every
// party has a notice, and "my municipality" asks its officer to designate the representative
// and alternate. Every page passes axe.

import type { Locator, Page } from "@playwright/test";
import {
  addDays,
  athensToday,
  expect as baseExpect,
  type Credentials,
  pdfFile,
  type SignedIn,
  test,
  typedDate,
} from "./fixtures";
import { registerVerifiedOfficer } from "./routes";

// The machine running e2e may be shared and busy: give each page a little longer.
const expect = baseExpect.configure({ timeout: 20_000 });

const RUN = Date.now().toString(36);
const OFFICER: Credentials & { name: string } = {
  name: "Ευαγγελία Ζαφειρίου",
  email: `officer-${RUN}@dimos-accession.test`,
  password: "accession-officer-password",
};
const RETURN_NOTE = "Η σελίδα 2 της απόφασης δεν διαβάζεται· επισυνάψτε καθαρό αντίγραφο.";

const textbox = (scope: Page | Locator, name: string) =>
  scope.getByRole("textbox", { name, exact: true });

test.describe("accession by declaration notified to the parties", () => {
  test.describe.configure({ mode: "serial" });

  let officer: SignedIn;
  let coordinator: SignedIn;
  let municipalityId = "";
  let accessionId = "";

  test("an officer declares accession without naming a representative", async ({
    signInAs,
    axe,
    browser,
  }) => {
    test.setTimeout(150_000);
    coordinator = await signInAs("coordinator");

    // A municipality of the official list that is not a party registers its officer, and a
    // coordinator verifies it.
    await registerVerifiedOfficer(browser, coordinator, "Ζαγοράς", OFFICER);

    officer = await signInAs(OFFICER);
    const page = officer.page;
    const session = await (await officer.context.request.get("/api/auth/session")).json();
    municipalityId = session.user.municipalityId;
    expect(municipalityId).toBeTruthy();

    await page.goto("/accession");
    await expect(page.getByRole("heading", { level: 1, name: "Δήλωση προσχώρησης" })).toBeVisible();
    await expect(page.getByText(/δήλωση προσχώρησης/).first()).toBeVisible();
    await axe(page);

    // Step 1: the council decision, first with the source's own slip (35 present of 25)…
    const decision = page.getByRole("group", { name: "Η απόφαση του δημοτικού συμβουλίου" });
    await textbox(decision, "Αριθμός απόφασης").fill("45/2025");
    await page.getByLabel("Ημερομηνία απόφασης").fill("2025-03-12");
    await textbox(decision, "Συνεδρίαση").fill("7η τακτική");
    await textbox(decision, "Θέμα ημερήσιας διάταξης").fill("5");
    const attendance = page.getByRole("group", { name: "Παρόντες" });
    await textbox(attendance, "Μέλη του συμβουλίου").fill("25");
    const atOpening = textbox(attendance, "Παρόντες στην έναρξη");
    await atOpening.fill("35");
    await textbox(attendance, "Παρόντες στην ψηφοφορία του θέματος").fill("22");
    const ada = textbox(page, "ΑΔΑ (Αριθμός Διαδικτυακής Ανάρτησης)");
    await ada.fill("12345");
    // the form says why it asks for the ΑΔΑ
    await expect(page.getByText(/αναρτώνται στη Διαύγεια/)).toBeVisible();
    await page.getByRole("button", { name: "Αποθήκευση και συνέχεια" }).click();
    await expect(atOpening).toHaveAccessibleDescription(
      /Τα 35 παρόντα μέλη στην έναρξη είναι περισσότερα από τα 25 μέλη του συμβουλίου/,
    );
    await expect(ada).toHaveAttribute("aria-invalid", "true");
    await expect(ada).toHaveAccessibleDescription(/Ψ4ΚΡΩΛ7-ΒΦΗ/);
    await axe(page);

    // …then as decided: 35 members, 25 at the opening, 22 at the vote, unanimous, 22 for.
    await textbox(attendance, "Μέλη του συμβουλίου").fill("35");
    await atOpening.fill("25");
    await textbox(page, "Ψήφοι υπέρ").fill("22");
    await ada.fill("Ψ4ΚΡΩΛ7-ΒΦΗ");
    await page.getByRole("button", { name: "Αποθήκευση και συνέχεια" }).click();
    const signatory = page.getByRole("group", { name: "Ποιος υπογράφει το Μνημόνιο για τον δήμο" });
    await expect(signatory).toBeVisible();
    const drafts = await (await officer.context.request.get("/api/accessions")).json();
    expect(drafts.items[0]).toMatchObject({
      status: "draft",
      councilDecision: { membersTotal: 35, membersPresentAtOpening: 25, membersPresent: 22 },
    });
    accessionId = drafts.items[0].id;

    // Step 2: the signatory.
    await textbox(signatory, "Ονοματεπώνυμο").fill("Αχιλλέας Μπέος");
    await textbox(signatory, "Ιδιότητα").fill("Δήμαρχος");
    await page.getByRole("button", { name: "Αποθήκευση και συνέχεια" }).click();

    // Step 3: the representative and alternate are optional: left for later.
    await expect(page.getByRole("group", { name: "Εκπρόσωπος (προαιρετικό)" })).toBeVisible();
    await axe(page);
    await page.getByRole("button", { name: "Αποθήκευση και συνέχεια" }).click();

    // Step 4: the decision's PDF.
    const file = page.getByLabel("Αρχείο PDF");
    await file.setInputFiles(pdfFile("Απόφαση 45-2025.pdf"));
    await page.getByRole("button", { name: "Μεταφόρτωση" }).click();
    await expect(page.getByRole("link", { name: "Λήψη του Απόφαση 45-2025.pdf" })).toBeVisible();
    await page.getByRole("button", { name: "Συνέχεια", exact: true }).click();

    // Step 5: review and submit; the ΑΔΑ links to Diavgeia.
    await expect(page.getByRole("link", { name: /Ψ4ΚΡΩΛ7-ΒΦΗ/ })).toHaveAttribute(
      "href",
      "https://diavgeia.gov.gr/decision/view/Ψ4ΚΡΩΛ7-ΒΦΗ",
    );
    await expect(page.getByText("Προς ορισμό").first()).toBeVisible();
    await axe(page);
    await page.getByRole("button", { name: "Υποβολή της δήλωσης" }).click();
    await expect(page.getByText("Η δήλωση υποβλήθηκε", { exact: true })).toBeVisible();
    await axe(page);
  });

  test("the secretariat returns it for a listed defect; the officer fixes and resubmits", async ({
    axe,
  }) => {
    test.setTimeout(120_000);
    const page = coordinator.page;
    await page.goto("/admin/accessions");
    await expect(
      page.getByRole("heading", { level: 1, name: "Δηλώσεις προσχώρησης" }),
    ).toBeVisible();
    await expect(page.getByText(/γραμματεία του Δικτύου/)).toBeVisible();
    const row = page.locator(`[data-accession="${municipalityId}"]`);
    await expect(row).toContainText("45/2025");
    await axe(page);
    await row.getByRole("link", { name: /Έλεγχος/ }).click();
    await expect(
      page.getByRole("heading", { level: 1, name: /Δήλωση προσχώρησης:/ }),
    ).toBeVisible();
    await axe(page);

    // The return dialog: at least one listed defect, and the note.
    await page.getByRole("button", { name: "Επιστροφή για τυπικά ελαττώματα…" }).click();
    const dialog = page.getByRole("dialog", {
      name: "Επιστροφή της δήλωσης για τυπικά ελαττώματα",
    });
    await expect(dialog).toBeVisible();
    await axe(page);
    await dialog.getByRole("button", { name: "Επιστροφή στον δήμο" }).click();
    await expect(dialog.getByText("Επιλέξτε τουλάχιστον ένα τυπικό ελάττωμα.")).toBeVisible();
    await dialog
      .getByRole("checkbox", { name: "Το έγγραφο λείπει ή δεν είναι ευανάγνωστο" })
      .check();
    await dialog.getByRole("textbox", { name: "Σημείωμα προς τον δήμο" }).fill(RETURN_NOTE);
    await dialog.getByRole("button", { name: "Επιστροφή στον δήμο" }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByText("Επεστράφη για τυπικά ελαττώματα")).toBeVisible();

    // The officer's home says so, with the defect and the note.
    const officerPage = officer.page;
    await officerPage.goto("/my");
    const section = officerPage.getByRole("region", { name: "Δήλωση προσχώρησης" });
    await expect(section).toContainText("Το έγγραφο λείπει ή δεν είναι ευανάγνωστο");
    await expect(section).toContainText(RETURN_NOTE);
    await axe(officerPage);
    await section.getByRole("link", { name: "Διόρθωση της δήλωσης" }).click();

    await expect(officerPage.getByText("Επεστράφη για διορθώσεις").first()).toBeVisible();
    await expect(officerPage.getByText(RETURN_NOTE)).toBeVisible();
    await axe(officerPage);
    await officerPage.getByRole("button", { name: "Διόρθωση της δήλωσης" }).click();
    // A clean copy of the decision, then submit again.
    await officerPage
      .getByRole("button", { name: /Έγγραφα/ })
      .first()
      .click();
    const file = officerPage.getByLabel("Αρχείο PDF");
    await file.setInputFiles(pdfFile("Απόφαση 45-2025 καθαρό.pdf"));
    await officerPage.getByRole("button", { name: "Μεταφόρτωση" }).click();
    await expect(
      officerPage.getByRole("link", { name: "Λήψη του Απόφαση 45-2025 καθαρό.pdf" }),
    ).toBeVisible();
    await officerPage.getByRole("button", { name: "Συνέχεια", exact: true }).click();
    await officerPage.getByRole("button", { name: "Νέα υποβολή" }).click();
    await expect(officerPage.getByText("Η δήλωση υποβλήθηκε", { exact: true })).toBeVisible();
  });

  test("the secretariat circulates it: a party from today, a notice to every party, designate next", async ({
    axe,
  }) => {
    test.setTimeout(120_000);
    const today = athensToday();
    const page = coordinator.page;
    await page.goto(`/admin/accessions/${accessionId}`);
    const notifiedOn = page.getByLabel("Ημερομηνία κοινοποίησης");
    await expect(notifiedOn).toHaveValue(typedDate(today));
    // not after today: the date field says so
    await notifiedOn.fill(typedDate(addDays(today, 1)));
    await expect(
      page.getByText(`Η ημερομηνία δεν μπορεί να είναι μετά τις ${typedDate(today)}.`),
    ).toBeVisible();
    await notifiedOn.fill(typedDate(today));
    const parties = (
      await (
        await coordinator.context.request.get("/api/municipalities?status=member,withdrawing")
      ).json()
    ).total as number;

    await page.getByRole("button", { name: "Κοινοποίηση στα μέρη…" }).click();
    const dialog = page.getByRole("dialog", { name: "Κοινοποίηση της δήλωσης στα μέρη;" });
    await expect(dialog).toContainText("σε κάθε μέρος");
    await expect(dialog).toContainText("θα κληθεί να τους ορίσει");
    await axe(page);
    await dialog.getByRole("button", { name: "Ναι, κοινοποίηση σε όλα τα μέρη" }).click();
    await expect(page.getByTestId("ack-summary")).toHaveText(`0 από ${parties} μέρη επιβεβαίωσαν`);
    await expect(page.getByTestId("acknowledgements").locator("tbody tr")).toHaveCount(parties);
    await axe(page);

    // Notifying twice is refused.
    const twice = await coordinator.context.request.post(`/api/accessions/${accessionId}/notify`, {
      headers: { "x-csrf-token": coordinator.csrf },
      data: {},
    });
    expect(twice.status()).toBe(409);

    // A party from today…
    const record = await (
      await coordinator.context.request.get(`/api/municipalities/${municipalityId}`)
    ).json();
    expect(record).toMatchObject({ status: "member", memberSince: today });
    // …and every other party has a notice about it.
    const notices = await (await coordinator.context.request.get("/api/notices")).json();
    const about = notices.items.filter(
      (n: { subjectMunicipalityId: string }) => n.subjectMunicipalityId === municipalityId,
    );
    expect(about).toHaveLength(parties);
    expect(
      about.map((n: { recipientMunicipalityId: string }) => n.recipientMunicipalityId),
    ).not.toContain(municipalityId);

    // The officer's home asks for the representative and alternate.
    const officerPage = officer.page;
    await officerPage.goto("/my");
    const prompt = officerPage.getByTestId("designate-prompt");
    await expect(prompt).toContainText("Ορισμός εκπροσώπου και αναπληρωτή");
    await expect(prompt).toContainText("Εκπρόσωπος: προς ορισμό");
    await expect(prompt).toContainText("Αναπληρωτής: προς ορισμό");
    await expect(
      prompt.getByRole("link", { name: "Ορισμός εκπροσώπου και αναπληρωτή" }),
    ).toHaveAttribute("href", `/municipalities/${municipalityId}#municipality-designations`);
    await axe(officerPage);
    await officerPage.goto("/accession");
    await expect(officerPage.getByText("Η δήλωση κοινοποιήθηκε στα μέρη")).toBeVisible();
    await expect(officerPage.getByTestId("designate-prompt")).toBeVisible();
    await axe(officerPage);
  });
});
