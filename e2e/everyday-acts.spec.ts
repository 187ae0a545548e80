// Everyday acts (issue 15, items 1 and 10): a declaration the secretariat returns for a
// formal defect must not look "under review" to its officer. «Ο δήμος μου» says it was
// returned for corrections — the defect, the note, the date and a button to the
// declaration — and the notices inbox has a notice saying so, whose link leads to the
// declaration. In Greek and in English, at 1366 and 360 px; every page passes axe.

import { expect as baseExpect, type Credentials, pdfFile, type SignedIn, test } from "./fixtures";
import { registerVerifiedOfficer } from "./routes";

const expect = baseExpect.configure({ timeout: 20_000 });

const RUN = Date.now().toString(36);
const OFFICER: Credentials & { name: string } = {
  name: "Σταυρούλα Καλαματιανού",
  email: `officer-${RUN}@dimos-everyday.test`,
  password: "everyday-officer-password",
};
const NOTE = "Η απόφαση δεν έχει την υπογραφή του προέδρου· επισυνάψτε το υπογεγραμμένο αντίγραφο.";

const DECLARATION = {
  councilDecision: {
    number: "88/2026",
    session: "3η τακτική",
    date: "2026-02-10",
    membersTotal: 33,
    membersPresentAtOpening: 29,
    membersPresent: 27,
    agendaItem: "4",
    vote: "majority",
    votesFor: 22,
    votesAgainst: 4,
    votesBlank: 1,
  },
  signatory: { name: "Αθανάσιος Βασιλόπουλος", title: "Δήμαρχος" },
};

test.describe("a declaration returned for corrections", () => {
  test.describe.configure({ mode: "serial" });

  let officer: SignedIn;
  let coordinator: SignedIn;

  test("the officer submits; the secretariat returns it for a listed defect", async ({
    signInAs,
    browser,
  }) => {
    test.setTimeout(120_000);
    coordinator = await signInAs("coordinator");

    // a municipality of the official list, not a party, registers its officer (verified)…
    await registerVerifiedOfficer(browser, coordinator, "Καλαμάτας", OFFICER);

    // …which drafts, documents and submits its declaration (the wizard has its own spec)
    officer = await signInAs(OFFICER);
    const session = await (await officer.context.request.get("/api/auth/session")).json();
    const headers = { "x-csrf-token": officer.csrf };
    const created = await officer.context.request.post("/api/accessions", {
      headers,
      data: { municipalityId: session.user.municipalityId, ...DECLARATION },
    });
    expect(created.status(), await created.text()).toBe(201);
    const { id } = await created.json();
    const uploaded = await officer.context.request.post(`/api/accessions/${id}/documents`, {
      headers,
      multipart: { kind: "decision", file: pdfFile("Απόφαση 88-2026.pdf") },
    });
    expect(uploaded.status(), await uploaded.text()).toBe(201);
    const submitted = await officer.context.request.post(`/api/accessions/${id}/submit`, {
      headers,
    });
    expect(submitted.status(), await submitted.text()).toBe(200);

    // the coordinators' inbox says a declaration waits, with a link to check it
    const page = coordinator.page;
    await page.goto("/notices");
    const waiting = page
      .getByTestId("coordinator-notices")
      .locator("tr", { hasText: "Δήλωση προσχώρησης προς έλεγχο" })
      .first();
    await expect(waiting).toBeVisible();
    await waiting.getByRole("link", { name: "Έλεγχος της δήλωσης" }).click();
    await expect(page).toHaveURL(new RegExp(`/admin/accessions/${id}$`));

    // the secretariat returns it for a listed defect, with a note
    await page.getByRole("button", { name: "Επιστροφή για τυπικά ελαττώματα…" }).click();
    const dialog = page.getByRole("dialog", {
      name: "Επιστροφή της δήλωσης για τυπικά ελαττώματα",
    });
    await dialog
      .getByRole("checkbox", { name: "Ο υπογράφων δεν είναι εξουσιοδοτημένος από την απόφαση" })
      .check();
    await dialog.getByRole("textbox", { name: "Σημείωμα προς τον δήμο" }).fill(NOTE);
    await dialog.getByRole("button", { name: "Επιστροφή στον δήμο" }).click();
    await expect(dialog).toBeHidden();
  });

  test("«Ο δήμος μου» says it was returned, with the defect, the note, the date and a button", async ({
    axe,
  }, testInfo) => {
    test.setTimeout(120_000);
    const page = officer.page;
    await page.setViewportSize({ width: 1366, height: 900 });
    await page.goto("/my");
    const section = page.getByRole("region", { name: "Δήλωση προσχώρησης" });
    await expect(section).toContainText("Επεστράφη για διορθώσεις");
    await expect(section).toContainText("Ο υπογράφων δεν είναι εξουσιοδοτημένος από την απόφαση");
    await expect(section).toContainText(NOTE);
    await expect(section).toContainText(
      /Επεστράφη από τη γραμματεία του Δικτύου στις \d{2}\/\d{2}\/\d{4}/,
    );
    // nothing on the page says it is being examined
    await expect(page.getByRole("main")).not.toContainText(/ελέγχ|εξετάζ|έχει υποβληθεί/);
    await axe(page);
    await page.screenshot({ path: testInfo.outputPath("my-el-1366.png"), fullPage: true });
    await page.setViewportSize({ width: 360, height: 800 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      360,
    );
    await page.screenshot({ path: testInfo.outputPath("my-el-360.png"), fullPage: true });
    await page.setViewportSize({ width: 1366, height: 900 });

    await section.getByRole("link", { name: "Διόρθωση της δήλωσης" }).click();
    await expect(page).toHaveURL(/\/accession$/);
    await expect(page.getByText(NOTE)).toBeVisible();

    // English
    await page.goto("/my");
    await page.getByRole("button", { name: "Switch to English" }).click();
    const english = page.getByRole("region", { name: "Accession declaration" });
    await expect(english).toContainText("Returned for corrections");
    await expect(english).toContainText("The signatory is not authorised by the decision");
    await expect(english).toContainText(
      /Returned by the network's secretariat on \d{2}\/\d{2}\/\d{4}/,
    );
    await expect(page.getByRole("main")).not.toContainText(
      /being checked|under review|has been submitted/,
    );
    await expect(english.getByRole("link", { name: "Correct the declaration" })).toBeVisible();
    await axe(page);
    await page.screenshot({ path: testInfo.outputPath("my-en-1366.png"), fullPage: true });
    await page.setViewportSize({ width: 360, height: 800 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      360,
    );
    await page.screenshot({ path: testInfo.outputPath("my-en-360.png"), fullPage: true });
    await page.setViewportSize({ width: 1366, height: 900 });
    await page.getByRole("button", { name: "Αλλαγή σε Ελληνικά" }).click();
  });

  test("the notices inbox has the notice, and its link leads to the declaration", async ({
    axe,
  }, testInfo) => {
    test.setTimeout(90_000);
    const page = officer.page;
    await page.goto("/notices");
    const row = page
      .getByTestId("notices")
      .locator("tr", { hasText: "επεστράφη για διορθώσεις" })
      .first();
    await expect(row).toBeVisible();
    await axe(page);
    await page.screenshot({ path: testInfo.outputPath("notices-el-1366.png"), fullPage: true });
    // on a phone the inbox is a list of cards: the notice and its button need no sideways scroll
    await page.setViewportSize({ width: 360, height: 800 });
    const card = page
      .getByTestId("notices")
      .locator("li", { hasText: "επεστράφη για διορθώσεις" })
      .first();
    await expect(card).toBeVisible();
    const box = await card.getByRole("button", { name: /Επιβεβαίωση/ }).boundingBox();
    expect(box && box.x + box.width).toBeLessThanOrEqual(360);
    await axe(page);
    await page.screenshot({ path: testInfo.outputPath("notices-el-360.png"), fullPage: true });
    await page.setViewportSize({ width: 1366, height: 900 });
    const link = row.getByRole("link", { name: "Διόρθωση της δήλωσης" });
    // styled as every link of the UI (Mantine's Anchor), not the browser's default
    await expect(link).toHaveClass(/mantine-Anchor-root/);
    await link.click();
    await expect(page).toHaveURL(/\/accession$/);
    await expect(page.getByText(NOTE)).toBeVisible();

    // acknowledged, it leaves the unacknowledged count
    await page.goto("/notices");
    await row.getByRole("button", { name: /Επιβεβαίωση/ }).click();
    await expect(row).toContainText(/Επιβεβαιώθηκε|Ελήφθη/);
  });
});
