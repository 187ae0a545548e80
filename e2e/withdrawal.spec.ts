// Withdrawal by written declaration, end to end. The officer of Karditsa files a draft with
// its council decision, attaches the signed declaration, notifies it (a party through
// N + 15, former from N + 16) and then records the municipality's revocation. A coordinator
// records a paper notification of Katerini's declaration made on 2026-10-20: every text says
// "member through 04/11/2026, former from 05/11/2026" and the directory as of 2026-11-04 /
// 2026-11-05 agrees.
import {
  addDays,
  athensToday,
  expect as baseExpect,
  pdfFile,
  retry503,
  type SignedIn,
  test,
  typedDate,
} from "./fixtures";

const OFFICER = {
  email: `karditsa-officer-${Date.now()}@cni.test`,
  password: "karditsa-officer-password-2026",
};
// A shared 2-core machine: first loads of lazy pages and uploads may take longer than 7 s.
const expect = baseExpect.configure({ timeout: 20_000 });
const today = athensToday();
const year = today.slice(0, 4);

// One story, in order: draft → declaration → notification → revocation, then the example.
test.describe.configure({ mode: "serial", timeout: 120_000 });

test.describe("withdrawal by written declaration", () => {
  let officer: SignedIn;
  let coordinator: SignedIn;

  test.beforeAll(async ({ signInAs, playwright, baseURL }) => {
    coordinator = await signInAs("coordinator");
    const created = await retry503(() =>
      coordinator.context.request.post("/api/users", {
        headers: { "x-csrf-token": coordinator.csrf },
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
    const accepted = await retry503(() =>
      anonymous.post("/api/invitations/accept", { data: { token, password: OFFICER.password } }),
    );
    expect(accepted.ok(), await accepted.text()).toBe(true);
    await anonymous.dispose();
    officer = await signInAs(OFFICER);
  });

  test("the officer files a draft, attaches the signed declaration and notifies it", async ({
    axe,
  }) => {
    const page = officer.page;
    await page.goto("/municipalities/karditsa");
    await expect(page.getByRole("heading", { level: 1, name: "Δήμος Καρδίτσας" })).toBeVisible();
    await page.getByRole("link", { name: "Δήλωση αποχώρησης" }).click();
    await expect(
      page.getByRole("heading", { level: 1, name: "Έγγραφη δήλωση αποχώρησης" }),
    ).toBeVisible();
    await expect(page.getByRole("textbox", { name: "Δήμος" })).toHaveValue("Δήμος Καρδίτσας");

    // a malformed ΑΔΑ is refused with a clear message next to its field
    await page.getByLabel("Αριθμός απόφασης δημοτικού συμβουλίου").fill(`61/${year}`);
    await page.getByLabel("Ημερομηνία της απόφασης").fill(today);
    const ada = page.getByLabel(/^ΑΔΑ/);
    await ada.fill("ABC-12");
    await page.getByRole("button", { name: "Αποθήκευση ως σχέδιο" }).click();
    await expect(page.getByText("Ο ΑΔΑ έχει τη μορφή Ψ4ΚΡΩΛ7-ΒΦΗ")).toBeVisible();
    await ada.fill("Ψ4ΚΡΩΛ7-ΒΦΗ");
    await axe(page);
    await page.getByRole("button", { name: "Αποθήκευση ως σχέδιο" }).click();

    // the draft: nothing notified yet; notifying needs the signed declaration
    await expect(page).toHaveURL(/\/withdrawals\/[^/]+$/);
    await expect(
      page.getByRole("heading", { level: 1, name: /Αποχώρηση: Δήμος Καρδίτσας/ }),
    ).toBeVisible();
    await expect(page.locator('[data-status="draft"]')).toHaveText("Σχέδιο");
    await expect(page.getByRole("link", { name: /Ψ4ΚΡΩΛ7-ΒΦΗ/ })).toHaveAttribute(
      "href",
      "https://diavgeia.gov.gr/decision/view/Ψ4ΚΡΩΛ7-ΒΦΗ",
    );
    const notifyButton = page.getByRole("button", { name: "Κοινοποίηση στα άλλα μέρη" });
    await expect(notifyButton).toBeDisabled();
    await expect(page.getByText("Πρώτα επισυνάψτε την υπογεγραμμένη έγγραφη δήλωση")).toBeVisible();
    // an officer notifies today: the date is not offered
    await expect(page.getByTestId("notified-on")).toHaveCount(0);
    await axe(page);

    await page.getByTestId("declaration-file").click();
    await page
      .locator('input[type="file"]')
      .first()
      .setInputFiles(pdfFile("δήλωση-αποχώρησης.pdf"));
    await page.getByRole("button", { name: "Επισύναψη" }).click();
    await expect(page.getByRole("link", { name: "δήλωση-αποχώρησης.pdf" })).toBeVisible();

    const last = typedDate(addDays(today, 15));
    const from = typedDate(addDays(today, 16));
    const sentence = `μέλος έως και τις ${last} · η αποχώρηση ισχύει από ${from}`;
    await expect(page.getByTestId("notify-preview")).toContainText(sentence);
    await notifyButton.click();
    await expect(page.locator('[data-status="pending"]')).toHaveText("Κοινοποιήθηκε");
    await expect(page.getByTestId("withdrawal-dates").first()).toHaveText(sentence);
    await expect(page.getByTestId("withdrawal-countdown")).toHaveText(
      "απομένουν 16 ημέρες ως μέλος",
    );
    await axe(page);

    // the directory shows it, with the same sentence
    await page.goto("/");
    const row = page.locator('tr[data-municipality="karditsa"]');
    await expect(row).toContainText("Σε αποχώρηση");
    await expect(row.getByTestId("withdrawal-dates")).toHaveText(sentence);
  });

  test("the officer records the municipality's revocation with its decision and PDF", async ({
    axe,
  }) => {
    const page = officer.page;
    await page.goto("/withdrawals");
    await page.getByRole("link", { name: "Δήμος Καρδίτσας" }).click();
    // the list has the same button: wait for the withdrawal's own page before using it
    await expect(
      page.getByRole("heading", { level: 1, name: /Αποχώρηση: Δήμος Καρδίτσας/ }),
    ).toBeVisible();
    await page.getByRole("button", { name: "Καταχώριση ανάκλησης" }).click();
    const dialog = page.getByRole("dialog", { name: "Ανάκληση της δήλωσης αποχώρησης" });
    await expect(dialog).toBeVisible();
    // the PDF of the decision is required
    await dialog.getByLabel("Αριθμός απόφασης ανάκλησης").fill(`64/${year}`);
    await dialog.getByLabel("Ημερομηνία της απόφασης").fill(today);
    await dialog.getByRole("button", { name: "Καταχώριση και κοινοποίηση" }).click();
    await expect(dialog.getByText("Επισυνάψτε την απόφαση σε PDF.")).toBeVisible();
    await axe(page);
    await dialog.getByTestId("rescind-file").click();
    await dialog.locator('input[type="file"]').setInputFiles(pdfFile("ανάκληση.pdf"));
    await dialog.getByRole("button", { name: "Καταχώριση και κοινοποίηση" }).click();
    await expect(dialog).toBeHidden();
    await expect(page.locator('[data-status="rescinded"]')).toHaveText("Ανακλήθηκε");
    await expect(page.getByText("η δήλωση αποχώρησης ανακλήθηκε", { exact: false })).toBeVisible();
    await expect(page.getByRole("link", { name: "ανάκληση.pdf" })).toBeVisible();

    await page.goto("/");
    await expect(page.locator('tr[data-municipality="karditsa"]')).toContainText("Μέλος");
  });

  test("a paper notification on 2026-10-20: member through 04/11/2026, former from 05/11/2026", async ({
    axe,
  }) => {
    const page = coordinator.page;
    await page.goto("/withdrawals/new?municipalityId=katerini");
    await expect(
      page.getByRole("heading", { level: 1, name: "Έγγραφη δήλωση αποχώρησης" }),
    ).toBeVisible();
    await page.getByLabel("Αριθμός απόφασης δημοτικού συμβουλίου").fill("57/2026");
    await page.getByLabel("Ημερομηνία της απόφασης").fill("2026-10-01");
    await page.getByRole("button", { name: "Αποθήκευση ως σχέδιο" }).click();
    await expect(
      page.getByRole("heading", { level: 1, name: /Αποχώρηση: Δήμος Κατερίνης/ }),
    ).toBeVisible();
    await page.getByTestId("declaration-file").click();
    await page.locator('input[type="file"]').first().setInputFiles(pdfFile("katerini.pdf"));
    await page.getByRole("button", { name: "Επισύναψη" }).click();
    await expect(page.getByRole("link", { name: "katerini.pdf" })).toBeVisible();

    // the coordinator records the day of the paper notification, not before the decision
    const notifiedOn = page.getByTestId("notified-on");
    await notifiedOn.fill("2026-09-30");
    await expect(
      page.getByText(
        "Η κοινοποίηση δεν μπορεί να προηγείται της απόφασης του δημοτικού συμβουλίου.",
      ),
    ).toBeVisible();
    await expect(page.getByRole("button", { name: "Κοινοποίηση στα άλλα μέρη" })).toBeDisabled();
    await notifiedOn.fill("2026-10-20");
    const greek = "μέλος έως και τις 04/11/2026 · η αποχώρηση ισχύει από 05/11/2026";
    await expect(page.getByTestId("notify-preview")).toContainText(greek);
    await axe(page);
    await page.getByRole("button", { name: "Κοινοποίηση στα άλλα μέρη" }).click();
    await expect(page.locator('[data-status="effective"]')).toHaveText("Σε ισχύ");
    await expect(page.getByTestId("withdrawal-dates").first()).toHaveText(greek);
    // past its last day as a party it can no longer be revoked
    await expect(page.getByRole("button", { name: "Καταχώριση ανάκλησης" })).toHaveCount(0);
    const withdrawalUrl = page.url();

    // the directory as of the last day as a party, and as of the first day of effect
    await page.goto("/?asOf=2026-11-04");
    const row = page.locator('tr[data-municipality="katerini"]');
    await expect(row).toContainText("Σε αποχώρηση");
    await expect(row.getByTestId("withdrawal-dates")).toHaveText(greek);
    await expect(row.getByTestId("withdrawal-countdown")).toHaveText("τελευταία ημέρα ως μέλος");
    await page.goto("/?asOf=2026-11-05");
    await expect(row).toContainText("Πρώην μέλος");
    await expect(row.getByTestId("withdrawal-dates")).toHaveText(greek);
    await axe(page);

    // the timeline on the municipality page
    await page.goto("/municipalities/katerini");
    await expect(page.getByTestId("municipality-timeline")).toContainText(greek);

    // the CSV says it too, in both languages
    const csvEl = await retry503(() =>
      page.request.get("/api/municipalities.csv?asOf=2026-11-04&q=katerini"),
    );
    expect(await csvEl.text()).toContain(greek);
    const csvEn = await retry503(() =>
      page.request.get("/api/municipalities.csv?asOf=2026-11-05&q=katerini&lang=en"),
    );
    expect(await csvEn.text()).toContain("member through 04/11/2026, former from 05/11/2026");

    // and in English, everywhere on screen
    await page.getByRole("button", { name: "Switch to English" }).click();
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    const english = "member through 04/11/2026, former from 05/11/2026";
    await page.goto(withdrawalUrl);
    await expect(page.getByTestId("withdrawal-dates").first()).toHaveText(english);
    await page.goto("/?asOf=2026-11-04");
    await expect(row).toContainText("Withdrawing");
    await expect(row.getByTestId("withdrawal-dates")).toHaveText(english);
    await page.goto("/?asOf=2026-11-05");
    await expect(row).toContainText("Former member");
    await page.goto("/municipalities/katerini");
    await expect(page.getByTestId("municipality-timeline")).toContainText(english);
    await axe(page);
    await page.getByRole("button", { name: "Αλλαγή σε Ελληνικά" }).click();
  });

  test("notices to the parties carry the same dates (API as the inbox reads it)", async () => {
    const list = await retry503(() =>
      coordinator.context.request.get("/api/withdrawals?municipalityId=katerini"),
    );
    const items = (await list.json()).items as {
      notifiedOn: string;
      lastDayAsParty: string;
      effectiveOn: string;
      notices: { filed: number };
    }[];
    expect(items[0]).toMatchObject({
      notifiedOn: "2026-10-20",
      lastDayAsParty: "2026-11-04",
      effectiveOn: "2026-11-05",
    });
    expect(items[0]?.notices.filed).toBeGreaterThanOrEqual(16);
  });
});
