// Amendments by the consent of every party (issue 14), in Chromium against the production
// build: Larissa's designated representative proposes a change to article 5; Trikala's
// officer comments; the secretariat circulates it to the 18 parties (frozen); 15 parties'
// decisions are recorded through the API, two officers answer through the UI and the
// coordinator records the last party's decision with its PDF: the amendment is adopted on
// that date. The MoU as of the day before shows the old article, as of that day the new one
// with its history and the change. One refusal makes a second amendment "not adopted".
// Every page passes axe (WCAG 2.1 A/AA), in Greek and English, and fits 360 px.
import type { APIRequestContext, Page } from "@playwright/test";
import {
  addDays,
  athensToday,
  expect as baseExpect,
  pdfFile,
  retry503,
  type SignedIn,
  test,
  tinyPdf,
} from "./fixtures";
import { designateByAct } from "./routes";

// The register's pages carry 18 parties' decisions: on a shared 2-core machine they need
// more than the default 7 s to load after a burst of answers.
const expect = baseExpect.configure({ timeout: 20_000 });
const RUN = Date.now().toString(36);
const PASSWORD = "amendment person pass";
const NEW_TEXT = "Η αξιολόγηση της πορείας της συνεργασίας θα πραγματοποιείται ετησίως.";
const OLD_TEXT = "Η αξιολόγηση της πορείας της συνεργασίας θα πραγματοποιείται ανά διετία.";

type Person = { email: string; password: string };

/** The coordinator creates the account; the person accepts the invitation with a password. */
async function createAccount(
  admin: SignedIn,
  anonymous: () => Promise<APIRequestContext>,
  role: "officer" | "representative",
  municipalityId: string,
): Promise<Person> {
  const email = `${role}-${municipalityId}-${RUN}@amendments.test`;
  const created = await retry503(() =>
    admin.page.request.post("/api/users", {
      headers: { "x-csrf-token": admin.csrf },
      data: { email, name: `${role} ${municipalityId}`, role, municipalityId },
    }),
  );
  expect(created.status(), await created.text()).toBe(201);
  const { invitationUrl } = (await created.json()) as { invitationUrl: string };
  const token = new URL(invitationUrl).hash.slice(1);
  const request = await anonymous();
  const accepted = await retry503(() =>
    request.post("/api/invitations/accept", { data: { token, password: PASSWORD } }),
  );
  expect(accepted.status(), await accepted.text()).toBe(200);
  await request.dispose();
  if (role === "representative") {
    // the municipality's act designating this person: the power to propose follows it
    await designateByAct({ context: admin.page, csrf: admin.csrf }, municipalityId, role, {
      name: `Εκπρόσωπος ${municipalityId}`,
      email,
    });
  }
  return { email, password: PASSWORD };
}

async function recordThroughApi(
  admin: SignedIn,
  id: string,
  municipalityId: string,
  answer: string,
) {
  const response = await retry503(() =>
    admin.page.request.put(`/api/amendments/${id}/consents/${municipalityId}`, {
      headers: { "x-csrf-token": admin.csrf },
      multipart: {
        answer,
        decisionNumber: `${municipalityId.length}/${athensToday().slice(0, 4)}`,
        decisionDate: athensToday(),
        file: { name: `${municipalityId}.pdf`, mimeType: "application/pdf", buffer: tinyPdf() },
      },
    }),
  );
  expect(response.status(), await response.text()).toBe(200);
}

/** Fills the answer form of the amendment page and submits it. */
async function answerInUi(
  page: Page,
  number: string,
  options: { party?: string; ada?: string } = {},
) {
  const form = page.getByTestId("answer-form");
  if (options.party) await form.getByLabel("Μέρος").selectOption(options.party);
  await form.getByRole("radio", { name: "Συναίνεση" }).check();
  await form.getByLabel("Αριθμός απόφασης").fill(number);
  await form.getByLabel("Ημερομηνία απόφασης").fill(athensToday());
  if (options.ada) await form.getByLabel("ΑΔΑ (Διαύγεια)").fill(options.ada);
  await form.getByTestId("answer-file").setInputFiles(pdfFile("απόφαση.pdf"));
  await form.getByRole("button", { name: "Καταχώριση απάντησης" }).click();
  await expect(page.getByText("Η απάντηση καταχωρίστηκε.").first()).toBeVisible();
}

async function expectNoHorizontalScroll(page: Page) {
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow, "horizontal scroll at this width").toBeLessThanOrEqual(0);
}

test.describe.configure({ mode: "serial", timeout: 180_000 });

test.describe("amendments by the consent of every party", () => {
  let admin: SignedIn;
  let larissaRep: Person;
  let trikalaOfficer: Person;
  let karditsaOfficer: Person;
  let amendmentId = "";
  const title = `Ετήσια αξιολόγηση ${RUN}`;

  test.beforeAll(async ({ signInAs, playwright, baseURL }) => {
    admin = await signInAs("coordinator");
    const anonymous = () => playwright.request.newContext({ baseURL });
    larissaRep = await createAccount(admin, anonymous, "representative", "larissa");
    trikalaOfficer = await createAccount(admin, anonymous, "officer", "trikala");
    karditsaOfficer = await createAccount(admin, anonymous, "officer", "karditsa");
  });

  test("a representative proposes, another party comments, the secretariat circulates", async ({
    signInAs,
    axe,
  }) => {
    const l = await signInAs(larissaRep);
    await l.page.goto("/amendments");
    await expect(
      l.page.getByRole("heading", { level: 1, name: "Προτάσεις τροποποίησης του Μνημονίου" }),
    ).toBeVisible();
    await l.page.getByRole("link", { name: "Νέα πρόταση" }).click();
    await l.page.getByLabel("Τίτλος").fill(title);
    const clause = l.page.getByRole("combobox", { name: "Διάταξη του Μνημονίου" });
    await clause.click();
    await clause.fill("διετία");
    await l.page.getByRole("option", { name: "5. Αξιολόγηση ανά διετία" }).click();
    await l.page.getByLabel("Προτεινόμενο κείμενο").fill(NEW_TEXT);
    await l.page.getByLabel("Αιτιολόγηση").fill("Οι ανάγκες των δήμων αλλάζουν γρήγορα.");
    await axe(l.page);
    await l.page.getByRole("button", { name: "Υποβολή πρότασης" }).click();
    await expect(l.page.getByRole("heading", { level: 1, name: title })).toBeVisible();
    await expect(l.page.locator("[data-amendment-status]").first()).toHaveText("Προτάθηκε");
    await expect(l.page.getByText("Η πρόταση δεν έχει κοινοποιηθεί ακόμη")).toBeVisible();
    amendmentId = l.page.url().split("/").at(-1) ?? "";
    await axe(l.page);
    await l.close();

    const t = await signInAs(trikalaOfficer);
    await t.page.goto(`/amendments/${amendmentId}`);
    await t.page.getByLabel("Το σχόλιό σας").fill("Τα Τρίκαλα συμφωνούν με την πρόταση.");
    await t.page.getByRole("button", { name: "Προσθήκη σχολίου" }).click();
    await expect(t.page.getByText("Τα Τρίκαλα συμφωνούν με την πρόταση.")).toBeVisible();
    // no one adopts an amendment: there is no adopt action, for anyone
    await expect(t.page.getByRole("button", { name: /Έγκριση/ })).toHaveCount(0);
    await t.close();

    const page = admin.page;
    // The parties today (members and withdrawing members): 18 on the seeded network, more
    // when another spec has circulated an accession before this one.
    const directory = (await (
      await retry503(() => page.request.get("/api/municipalities"))
    ).json()) as { counts: Record<string, number> };
    const parties = (directory.counts.member ?? 0) + (directory.counts.withdrawing ?? 0);
    expect(parties).toBeGreaterThanOrEqual(18);
    await page.goto(`/amendments/${amendmentId}`);
    await expect(page.getByRole("button", { name: /Έγκριση|Απόρριψη/ })).toHaveCount(0);
    await page.getByRole("button", { name: "Κοινοποίηση στα μέρη" }).click();
    const dialog = page.getByRole("dialog", { name: "Κοινοποίηση της πρότασης" });
    await expect(dialog).toContainText(title);
    await dialog.getByRole("button", { name: "Κοινοποίηση" }).click();
    await expect(page.getByText("Η πρόταση κοινοποιήθηκε στα μέρη.")).toBeVisible();
    await expect(page.locator("[data-amendment-status]").first()).toHaveText(
      "Κοινοποιήθηκε στα μέρη",
    );
    const register = page.getByTestId("consent-register");
    await expect(register.locator("tbody tr")).toHaveCount(parties);
    await expect(register.locator('tr[data-state="pending"]')).toHaveCount(parties);
    await expect(page.getByTestId("register-summary")).toContainText(
      `${parties} δεν έχουν απαντήσει`,
    );
    await axe(page);
  });

  test("17 parties consent through their officers or the coordinator, the last one adopts it", async ({
    signInAs,
    axe,
  }) => {
    const page = admin.page;
    const parties = (await (
      await retry503(() => page.request.get(`/api/amendments/${amendmentId}`))
    ).json()) as { parties: { municipalityId: string }[] };
    const ids = parties.parties.map((p) => p.municipalityId);
    const throughUi = ["trikala", "karditsa", "larissa"];
    for (const id of ids.filter((m) => !throughUi.includes(m))) {
      await recordThroughApi(admin, amendmentId, id, "consent");
    }

    // two parties' officers answer for their own municipality
    const t = await signInAs(trikalaOfficer);
    await t.page.goto(`/amendments/${amendmentId}`);
    await expect(t.page.getByRole("heading", { name: "Η απάντηση του δήμου σας" })).toBeVisible({
      timeout: 30_000,
    });
    await axe(t.page);
    await answerInUi(t.page, `31/${athensToday().slice(0, 4)}`, { ada: "Ψ4ΚΡΩΛ7-ΒΦΗ" });
    await expect(
      t.page.locator('tr[data-party="trikala"] [data-answer-state="consented"]'),
    ).toBeVisible();
    const adaLink = t.page
      .locator('tr[data-party="trikala"]')
      .getByRole("link", { name: /Ψ4ΚΡΩΛ7-ΒΦΗ/ });
    await expect(adaLink).toHaveAttribute(
      "href",
      "https://diavgeia.gov.gr/decision/view/Ψ4ΚΡΩΛ7-ΒΦΗ",
    );
    await t.close();
    const k = await signInAs(karditsaOfficer);
    await k.page.goto(`/amendments/${amendmentId}`);
    await expect(k.page.getByTestId("answer-form")).toBeVisible({ timeout: 30_000 });
    await answerInUi(k.page, `12/${athensToday().slice(0, 4)}`);
    await k.close();

    // one party left: the coordinator sees who, reminds it, then records its decision
    await page.goto(`/amendments/${amendmentId}`);
    await expect(page.getByTestId("pending-parties").getByRole("listitem")).toHaveCount(1, {
      timeout: 30_000,
    });
    await expect(page.getByTestId("pending-parties")).toContainText("Λαρισαίων");
    await page.getByRole("button", { name: "Υπενθύμιση στα μέρη που δεν απάντησαν" }).click();
    await expect(page.getByText("Στάλθηκε υπενθύμιση σε 1 μέρος.")).toBeVisible();
    await axe(page);
    await answerInUi(page, `99/${athensToday().slice(0, 4)}`, { party: "larissa" });
    await expect(page.locator("[data-amendment-status]").first()).toHaveText(
      "Εγκρίθηκε από όλα τα μέρη",
    );
    await expect(page.getByTestId("amendment-outcome")).toContainText("ισχύει από");
    await expect(page.locator('tr[data-state="consented"]')).toHaveCount(ids.length);
    await axe(page);

    const detail = (await (
      await retry503(() => page.request.get(`/api/amendments/${amendmentId}`))
    ).json()) as { status: string; adoptedOn: string };
    expect(detail).toMatchObject({ status: "adopted", adoptedOn: athensToday() });
    // every party was told of the outcome
    const notices = (await (
      await retry503(() => page.request.get("/api/notices?pageSize=200"))
    ).json()) as { items: { amendmentId: string | null; event: string }[] };
    const decided = notices.items.filter(
      (n) => n.amendmentId === amendmentId && n.event === "decided",
    );
    expect(decided.length).toBeGreaterThanOrEqual(1);
  });

  test("the MoU as of the day before shows the old clause, as of that day the new one", async ({
    signInAs,
    axe,
  }) => {
    const visitor = await signInAs("coordinator");
    const page = visitor.page;
    await page.goto(`/mou?asOf=${addDays(athensToday(), -1)}`);
    await expect(
      page.getByRole("heading", { level: 1, name: "Μνημόνιο Συνεργασίας" }),
    ).toBeVisible();
    await expect(page.getByText(/σχέδιο \(«ΣΧΕΔΙΟ»\)/)).toBeVisible();
    await expect(page.getByText(/αρίθμηση των άρθρων είναι της πύλης/)).toBeVisible();
    await expect(page.getByTestId("clause-text-art-5")).toContainText(OLD_TEXT);
    await expect(page.locator('[data-clause="art-5"] [data-history-amendment]')).toHaveCount(0);
    await axe(page);

    await page.getByTestId("mou-as-of").fill(athensToday());
    await expect(page.getByTestId("clause-text-art-5")).toContainText(NEW_TEXT);
    const history = page.locator(`[data-clause="art-5"] [data-history-amendment="${amendmentId}"]`);
    await expect(history).toContainText("Τροποποιήθηκε στις");
    await expect(history).toContainText(title);
    await history.getByText("Δείτε την αλλαγή").click();
    const diff = history.getByTestId("clause-diff");
    await expect(diff.locator("ins", { hasText: "ετησίως" })).toBeVisible();
    await expect(diff.locator("del", { hasText: "διετία" })).toBeVisible();
    await axe(page);

    // 360 px wide: no horizontal scroll, here and on the amendment page
    await page.setViewportSize({ width: 360, height: 800 });
    await page.goto("/mou");
    await expect(page.getByTestId("clause-text-art-5")).toContainText(NEW_TEXT);
    await expectNoHorizontalScroll(page);
    await page.goto(`/amendments/${amendmentId}`);
    await expect(page.getByTestId("consent-register")).toBeVisible();
    await expectNoHorizontalScroll(page);

    // English
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto("/mou");
    await expect(page.getByTestId("clause-text-art-5")).toContainText(NEW_TEXT);
    await page.getByRole("button", { name: "Switch to English" }).click();
    await expect(page.getByRole("button", { name: "Αλλαγή σε Ελληνικά" })).toBeVisible();
    await expect(
      page.getByRole("heading", { level: 1, name: "Memorandum of Understanding" }),
    ).toBeVisible();
    await expect(page.getByTestId("clause-text-art-5")).toContainText(NEW_TEXT);
    await expect(
      page.getByText("This provision was amended; the new text exists in Greek only."),
    ).toBeVisible();
    await expect(page.locator('[data-clause="art-5"]')).toContainText("Amended on");
    await axe(page);
    await page.goto(`/amendments/${amendmentId}`);
    await expect(page.getByRole("heading", { name: "Consent register" })).toBeVisible();
    await expect(page.locator("[data-amendment-status]").first()).toHaveText(
      "Adopted by every party",
    );
    await axe(page);
    await visitor.close();
  });

  test("one refusal makes another amendment not adopted", async ({ signInAs, axe }) => {
    const l = await signInAs(larissaRep);
    const proposed = await retry503(() =>
      l.page.request.post("/api/amendments", {
        headers: { "x-csrf-token": l.csrf },
        data: {
          title: `Νέος πυλώνας ${RUN}`,
          clause: "art-2.3",
          proposedText: "Προώθηση της συμπερίληψης και της συμμετοχής στα κοινά.",
          rationale: "Διεύρυνση του πυλώνα.",
        },
      }),
    );
    expect(proposed.status(), await proposed.text()).toBe(201);
    const { id } = (await proposed.json()) as { id: string };
    await l.close();
    const circulated = await retry503(() =>
      admin.page.request.post(`/api/amendments/${id}/circulate`, {
        headers: { "x-csrf-token": admin.csrf },
      }),
    );
    expect(circulated.status()).toBe(200);
    await recordThroughApi(admin, id, "athens", "consent");

    const page = admin.page;
    await page.goto(`/amendments/${id}`);
    const form = page.getByTestId("answer-form");
    await form.getByLabel("Μέρος").selectOption("piraeus");
    await form.getByRole("radio", { name: "Άρνηση" }).check();
    await form.getByLabel("Αριθμός απόφασης").fill(`44/${athensToday().slice(0, 4)}`);
    await form.getByLabel("Ημερομηνία απόφασης").fill(athensToday());
    // without the decision's PDF the form says so
    await form.getByRole("button", { name: "Καταχώριση απάντησης" }).click();
    await expect(form.getByText("Επισυνάψτε το PDF της απόφασης.")).toBeVisible();
    await form.getByTestId("answer-file").setInputFiles(pdfFile("arnisi.pdf"));
    await form.getByRole("button", { name: "Καταχώριση απάντησης" }).click();
    await expect(page.locator("[data-amendment-status]").first()).toHaveText("Δεν εγκρίθηκε");
    await expect(page.locator('tr[data-party="piraeus"][data-state="refused"]')).toBeVisible();
    await expect(page.getByTestId("answer-form")).toHaveCount(0);
    await axe(page);

    await page.goto("/amendments");
    await expect(page.locator(`tr[data-amendment="${id}"]`)).toContainText("Δεν εγκρίθηκε");
    await expect(page.locator(`tr[data-amendment="${amendmentId}"]`)).toContainText(
      "Εγκρίθηκε από όλα τα μέρη",
    );
    await axe(page);
  });
});
