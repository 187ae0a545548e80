// Reviews and amendments end to end (issue 7), in Chromium against the production build:
// two representatives (Larissa, Trikala) submit their evaluations of the 2024-06-17 …
// 2026-06-16 period; a third (Karditsa) cannot submit for another municipality; the
// coordinator closes the cycle; the report shows the scores chart, the activities matrix
// and the members that did not submit, and prints to A4. Then a representative proposes an
// amendment, another member comments, the coordinator adopts it; every party was notified
// and the audit log has every step. Every page passes axe (WCAG 2.1 A/AA).
import AxeBuilder from "@axe-core/playwright";
import { type APIRequestContext, type Browser, expect, type Page, test } from "@playwright/test";

const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];
const ADMIN = { email: "admin@cni.test", password: "admin-password-e2e" };
const RUN = Date.now().toString(36);
const DUE = "2026-06-17";
const PASSWORD = "review representative pass";

async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  const summary = results.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`,
  );
  expect(summary, "axe WCAG 2.1 A/AA violations").toEqual([]);
}

/**
 * Retries an API call the server shed with 503 (its load guard answers "busy" while the
 * event loop lags, which happens on a loaded 2-core machine); anything else is returned.
 */
async function retry503<T extends { status(): number }>(call: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    const response = await call();
    if (response.status() !== 503 || attempt === 10) return response;
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
}

type Member = { email: string; role: "representative" | "coordinator"; municipalityId?: string };
type Session = { page: Page; csrf: string; close: () => Promise<void> };

/** Signs in through the API in a fresh browser context (the SPA then reads the session). */
async function signedIn(browser: Browser, email: string, password: string): Promise<Session> {
  const context = await browser.newContext();
  // The server's load guard answers 503 to every request (scripts too) while its event loop
  // lags, which happens when several test runs share this machine: let the browser retry.
  await context.route("**/*", async (route) => {
    for (let attempt = 1; ; attempt++) {
      const response = await route.fetch();
      if (response.status() !== 503 || attempt === 10) return route.fulfill({ response });
      await new Promise((resolve) => setTimeout(resolve, 1000));
    }
  });
  const login = await retry503(() =>
    context.request.post("/api/auth/login", { data: { email, password } }),
  );
  expect(login.status(), await login.text()).toBe(200);
  const { csrfToken } = (await login.json()) as { csrfToken: string };
  const page = await context.newPage();
  return { page, csrf: csrfToken, close: () => context.close() };
}

/** The coordinator creates the account; the person accepts the invitation with a password. */
async function createRepresentative(
  admin: Session,
  newRequest: () => Promise<APIRequestContext>,
  municipalityId: string,
): Promise<Member> {
  const email = `rep-${municipalityId}-${RUN}@reviews.test`;
  const created = await retry503(() =>
    admin.page.request.post("/api/users", {
      headers: { "x-csrf-token": admin.csrf },
      data: { email, name: `Εκπρόσωπος ${municipalityId}`, role: "representative", municipalityId },
    }),
  );
  expect(created.status(), await created.text()).toBe(201);
  const { invitationUrl } = (await created.json()) as { invitationUrl: string };
  const token = invitationUrl.split("/").at(-1);
  // Accepting signs the person in: a fresh request context each time (no session cookie).
  const request = await newRequest();
  const accepted = await retry503(() =>
    request.post(`/api/invitations/${token}/accept`, { data: { password: PASSWORD } }),
  );
  expect(accepted.status(), await accepted.text()).toBeLessThan(300);
  await request.dispose();
  return { email, role: "representative", municipalityId };
}

const nav = (page: Page) => page.getByRole("navigation", { name: "Κύρια πλοήγηση" });

async function submitEvaluation(page: Page, scores: [number, number, number], text: string) {
  await page.goto("/reviews");
  await expect(
    page.getByRole("heading", { level: 1, name: "Αξιολογήσεις ανά διετία" }),
  ).toBeVisible();
  const row = page.locator(`tr[data-due-on="${DUE}"]`);
  await expect(row).toContainText("Εκπρόθεσμη");
  await expectNoAxeViolations(page);
  await row.getByRole("link").click();

  await expect(
    page.getByRole("heading", { level: 1, name: "Αξιολόγηση της 17 Ιουνίου 2026" }),
  ).toBeVisible();
  await expect(page.getByTestId("own-status")).toContainText("δεν έχει υποβάλει");
  const meaning = ["πολύ ανεπαρκής", "ανεπαρκής", "μέτρια", "καλή", "πολύ καλή"];
  const pillars = ["Απασχολησιμότητα", "Δημοτικές δομές και θεσμοί", "Συμπερίληψη"];
  for (const [i, pillar] of pillars.entries()) {
    const score = scores[i]!;
    await page
      .getByRole("radiogroup", { name: pillar })
      .getByRole("radio", { name: `${score} – ${meaning[score - 1]}` })
      .check();
  }
  await page.getByLabel("Επιτεύγματα").fill(`Επιτεύγματα: ${text}`);
  await page.getByLabel("Προκλήσεις").fill(`Προκλήσεις: ${text}`);
  await page.getByLabel("Προτάσεις").fill(`Προτάσεις: ${text}`);
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "Υποβολή αξιολόγησης" }).click();
  await expect(page.getByText("Η αξιολόγηση αποθηκεύτηκε.")).toBeVisible();
  await expect(page.getByTestId("own-status")).toContainText("έχει υποβάλει αξιολόγηση");
  // editable until the cycle is closed
  await expect(page.getByRole("button", { name: "Αποθήκευση αλλαγών" })).toBeVisible();
}

// Long flows on a shared 2-core machine: more time than the default 30 s per test.
test.describe.configure({ mode: "serial", timeout: 120_000 });

test.describe("reviews and amendments", () => {
  let admin: Session;
  let larissa: Member;
  let trikala: Member;
  let karditsa: Member;

  test.beforeAll(async ({ browser, playwright, baseURL }) => {
    admin = await signedIn(browser, ADMIN.email, ADMIN.password);
    const anonymous = () => playwright.request.newContext({ baseURL });
    larissa = await createRepresentative(admin, anonymous, "larissa");
    trikala = await createRepresentative(admin, anonymous, "trikala");
    karditsa = await createRepresentative(admin, anonymous, "karditsa");
    // an activity in the period under review, for the report's type × pillar matrix
    const activity = await retry503(() =>
      admin.page.request.post("/api/activities", {
        headers: { "x-csrf-token": admin.csrf },
        data: {
          titleEl: `Επίσκεψη μελέτης στη Λάρισα ${RUN}`,
          summary: "Χαρτογράφηση ενταξιακών αναγκών.",
          type: "study_visit",
          pillars: ["municipal_structures", "inclusion"],
          startsOn: "2025-03-12",
          status: "completed",
          visibility: "public",
          hostMunicipalityId: "larissa",
        },
      }),
    );
    expect(activity.status(), await activity.text()).toBe(201);
  });
  test.afterAll(async () => {
    await admin?.close();
  });

  test("the list is public: on 2026-11-25 the 2026-06-17 cycle is overdue, 18 expected", async ({
    request,
  }) => {
    const response = await retry503(() => request.get("/api/reviews?asOf=2026-11-25"));
    expect(response.status()).toBe(200);
    const cycles = (await response.json()) as {
      dueOn: string;
      status: string;
      expected: number;
      submitted: number;
    }[];
    expect(cycles.find((c) => c.dueOn === DUE)).toMatchObject({
      status: "overdue",
      expected: 18,
      submitted: 0,
    });
  });

  test("two representatives submit; a third cannot submit for another municipality", async ({
    browser,
  }) => {
    const l = await signedIn(browser, larissa.email, PASSWORD);
    await submitEvaluation(l.page, [4, 3, 5], "Λάρισα");
    await l.close();

    const t = await signedIn(browser, trikala.email, PASSWORD);
    await submitEvaluation(t.page, [2, 3, 4], "Τρίκαλα");
    await t.close();

    const k = await signedIn(browser, karditsa.email, PASSWORD);
    const forOther = await retry503(() =>
      k.page.request.put(`/api/reviews/${DUE}/evaluations/larissa`, {
        headers: { "x-csrf-token": k.csrf },
        data: {
          scores: { employability: 1, municipal_structures: 1, inclusion: 1 },
          achievements: "—",
          challenges: "—",
        },
      }),
    );
    expect(forOther.status()).toBe(403);
    // the Larissa evaluation is untouched
    const mine = await retry503(() =>
      k.page.request.get(`/api/reviews/${DUE}/evaluations/larissa`),
    );
    expect(mine.status()).toBe(403);
    await k.close();

    const counts = await retry503(() => admin.page.request.get(`/api/reviews/${DUE}`));
    expect(await counts.json()).toMatchObject({ expected: 18, submitted: 2 });
  });

  test("the coordinator closes the cycle; the report shows the chart, matrix and missing members and prints to A4", async () => {
    const page = admin.page;
    await page.goto(`/reviews/${DUE}`);
    await expect(
      page.getByRole("heading", { level: 1, name: "Αξιολόγηση της 17 Ιουνίου 2026" }),
    ).toBeVisible();
    await expect(page.getByTestId("review-counts")).toHaveText("2 από 18");
    const participants = page.getByTestId("participants-table");
    await expect(participants.locator('tr[data-municipality="larissa"]')).toContainText(
      "Υποβλήθηκε",
    );
    await expect(participants.locator('tr[data-municipality="athens"]')).toContainText("Εκκρεμεί");
    await expectNoAxeViolations(page);

    // a reminder to the 16 that have not submitted
    await page.getByRole("button", { name: "Υπενθύμιση" }).click();
    const remindDialog = page.getByRole("dialog", { name: "Αποστολή υπενθύμισης" });
    await expect(remindDialog).toContainText("16 δήμους");
    await expectNoAxeViolations(page);
    await remindDialog.getByRole("button", { name: "Αποστολή υπενθύμισης" }).click();
    await expect(page.getByText("Στάλθηκαν υπενθυμίσεις σε 16 δήμους.")).toBeVisible();

    await page.getByRole("button", { name: "Κλείσιμο κύκλου" }).click();
    const closeDialog = page.getByRole("dialog", { name: "Κλείσιμο του κύκλου αξιολόγησης" });
    await expect(closeDialog).toContainText("Έχουν υποβληθεί 2 από 18");
    await closeDialog.getByRole("button", { name: "Οριστικό κλείσιμο" }).click();

    await expect(page).toHaveURL(new RegExp(`/reviews/${DUE}/report$`));
    await expect(
      page.getByRole("heading", { level: 1, name: "Έκθεση αξιολόγησης της 17 Ιουνίου 2026" }),
    ).toBeVisible();
    await expect(page.getByText("Οριστική έκθεση")).toBeVisible();
    await expect(page.getByTestId("report-expected")).toHaveText("18");
    await expect(page.getByTestId("report-submitted")).toHaveText("2");

    // the scores chart (recharts, loaded with the page) and its table
    const chart = page.getByTestId("score-chart");
    await expect(chart.locator(".recharts-wrapper > svg.recharts-surface")).toBeVisible();
    await expect(chart.locator(".recharts-bar-rectangle").first()).toBeVisible();
    await expect(page.getByTestId("score-table")).toContainText("Απασχολησιμότητα");

    // the activities in the period by type × pillar
    const report = (await (
      await retry503(() => page.request.get(`/api/reviews/${DUE}/report`))
    ).json()) as {
      activities: {
        total: number;
        byType: { type: string; total: number; pillars: Record<string, number> }[];
      };
    };
    const visits = report.activities.byType.find((r) => r.type === "study_visit")!;
    expect(visits.total).toBeGreaterThanOrEqual(1);
    const matrix = page.getByTestId("activities-matrix");
    await expect(matrix).toBeVisible();
    const visitRow = matrix.locator('tr[data-activity-type="study_visit"]');
    await expect(visitRow.locator("td").nth(1)).toHaveText(
      String(visits.pillars.municipal_structures),
    );
    await expect(visitRow.locator("td").last()).toHaveText(String(visits.total));
    await expect(matrix.locator("tfoot td").last()).toHaveText(String(report.activities.total));

    // the members that did not submit: the other 16
    const missing = page.getByTestId("non-submitting");
    await expect(missing.locator("li")).toHaveCount(16);
    await expect(missing).toContainText("Αθηναίων");
    await expect(missing).not.toContainText("Λαρισαίων");
    await expect(page.getByRole("heading", { level: 3, name: "Λαρισαίων" })).toBeVisible();
    await expect(page.getByText("Επιτεύγματα: Λάρισα")).toBeVisible();
    await expectNoAxeViolations(page);

    // printing: no navigation, no buttons; an A4 PDF with the bundled Noto Sans
    await page.emulateMedia({ media: "print" });
    await expect(nav(page)).toBeHidden();
    await expect(page.getByRole("button", { name: "Λήψη PDF" })).toBeHidden();
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    const pdf = await page.pdf({ format: "A4", printBackground: true });
    expect(pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    const text = pdf.toString("latin1");
    const box = /\/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]/.exec(text);
    expect(box).not.toBeNull();
    expect(Math.round(Number(box![1]))).toBe(596); // 210 mm
    expect(Math.round(Number(box![2]))).toBe(843); // 297 mm
    expect(text).toMatch(/NotoSans/);
    await page.emulateMedia({ media: "screen" });
    await expect(page.getByRole("button", { name: "Λήψη PDF" })).toBeVisible();

    // closed: the list says so, and later edits are refused
    await page.goto("/reviews");
    await expect(page.locator(`tr[data-due-on="${DUE}"]`)).toContainText("Κλεισμένη");
    const l = await signedIn(page.context().browser()!, larissa.email, PASSWORD);
    const late = await retry503(() =>
      l.page.request.put(`/api/reviews/${DUE}/evaluations/larissa`, {
        headers: { "x-csrf-token": l.csrf },
        data: {
          scores: { employability: 5, municipal_structures: 5, inclusion: 5 },
          achievements: "αργά",
          challenges: "αργά",
        },
      }),
    );
    expect(late.status()).toBe(409);
    await l.page.goto(`/reviews/${DUE}`);
    await expect(
      l.page.getByText("Ο κύκλος έκλεισε: η αξιολόγηση δεν αλλάζει πλέον."),
    ).toBeVisible();
    await expect(l.page.getByRole("button", { name: "Αποθήκευση αλλαγών" })).toHaveCount(0);
    await l.close();
  });

  test("a representative proposes an amendment, another member comments, the coordinator adopts it", async ({
    browser,
  }) => {
    const title = `Ετήσια αξιολόγηση ${RUN}`;
    // Larissa's representative proposes
    const l = await signedIn(browser, larissa.email, PASSWORD);
    await l.page.goto("/amendments");
    await expect(
      l.page.getByRole("heading", { level: 1, name: "Προτάσεις τροποποίησης του Μνημονίου" }),
    ).toBeVisible();
    await l.page.getByRole("link", { name: "Νέα πρόταση" }).click();
    await expect(
      l.page.getByRole("heading", { level: 1, name: "Νέα πρόταση τροποποίησης" }),
    ).toBeVisible();
    await l.page.getByRole("button", { name: "Υποβολή πρότασης" }).click();
    await expect(l.page.getByText("Συμπληρώστε τίτλο (3 έως 200 χαρακτήρες).")).toBeVisible();
    await l.page.getByLabel("Τίτλος").fill(title);
    const clause = l.page.getByRole("combobox", { name: "Διάταξη του Μνημονίου" });
    await clause.click();
    await clause.fill("διετία");
    await l.page.getByRole("option", { name: "5. Αξιολόγηση ανά διετία" }).click();
    await l.page
      .getByLabel("Προτεινόμενο κείμενο")
      .fill("Η αξιολόγηση της πορείας της συνεργασίας θα πραγματοποιείται ετησίως.");
    await l.page.getByLabel("Αιτιολόγηση").fill("Οι ανάγκες αλλάζουν γρήγορα.");
    await expectNoAxeViolations(l.page);
    await l.page.getByRole("button", { name: "Υποβολή πρότασης" }).click();
    await expect(l.page.getByRole("heading", { level: 1, name: title })).toBeVisible();
    await expect(l.page.locator("[data-amendment-status]").first()).toHaveText("Προτάθηκε");
    const id = l.page.url().split("/").at(-1)!;
    await expectNoAxeViolations(l.page);
    await l.close();

    // Trikala's representative comments
    const t = await signedIn(browser, trikala.email, PASSWORD);
    await t.page.goto(`/amendments/${id}`);
    await expect(t.page.getByRole("heading", { level: 1, name: title })).toBeVisible();
    // not the proposer: no withdrawal
    await expect(t.page.getByRole("button", { name: "Απόσυρση πρότασης" })).toHaveCount(0);
    await t.page.getByLabel("Το σχόλιό σας").fill("Τα Τρίκαλα συμφωνούν.");
    await t.page.getByRole("button", { name: "Προσθήκη σχολίου" }).click();
    await expect(t.page.getByText("Τα Τρίκαλα συμφωνούν.")).toBeVisible();
    await expectNoAxeViolations(t.page);
    await t.close();

    // the coordinator adopts it with a note
    const page = admin.page;
    await page.goto("/amendments");
    await expect(page.locator(`tr[data-amendment="${id}"]`)).toContainText("Προτάθηκε");
    await expectNoAxeViolations(page);
    await page.goto(`/amendments/${id}`);
    await page.getByRole("radio", { name: "Εγκρίθηκε" }).check();
    await page.getByRole("button", { name: "Καταχώριση" }).click();
    await expect(
      page.getByText("Η σημείωση είναι υποχρεωτική για έγκριση ή απόρριψη."),
    ).toBeVisible();
    await page.getByLabel("Σημείωση").fill("Εγκρίθηκε ομόφωνα από τα μέρη.");
    await page.getByRole("button", { name: "Καταχώριση" }).click();
    const dialog = page.getByRole("dialog", { name: "Επιβεβαίωση" });
    await expect(dialog).toContainText(title);
    await dialog.getByRole("button", { name: "Έγκριση" }).click();
    await expect(page.getByText("Η πρόταση εγκρίθηκε και τα μέρη ειδοποιήθηκαν.")).toBeVisible();
    await expect(page.locator("[data-amendment-status]").first()).toHaveText("Εγκρίθηκε");
    await expect(page.getByTestId("decision-note")).toHaveText("Εγκρίθηκε ομόφωνα από τα μέρη.");
    const history = page.getByTestId("status-history");
    await expect(history.locator("li")).toHaveCount(2);
    await expectNoAxeViolations(page);

    // the MoU shows it next to article 5
    await page.goto("/mou");
    await expect(
      page.getByRole("heading", { level: 1, name: "Μνημόνιο Συνεργασίας" }),
    ).toBeVisible();
    await expect(page.locator('[data-clause="art-5"] [data-adopted-amendment]')).toContainText(
      title,
    );
    await expect(page.locator('[data-clause="art-5"]')).toContainText(
      "Η αξιολόγηση της πορείας της συνεργασίας θα πραγματοποιείται ανά διετία.",
    );
    await expectNoAxeViolations(page);

    // every party was notified of the proposal and of the decision
    const notices = (await (await retry503(() => page.request.get("/api/notices"))).json()) as {
      items: { amendmentId: string | null; event: string; recipientMunicipalityId: string }[];
    };
    const ours = notices.items.filter((n) => n.amendmentId === id);
    const parties = (await (
      await retry503(() => page.request.get("/api/municipalities?status=member,withdrawing"))
    ).json()) as { items: { id: string }[] };
    const partyIds = parties.items.map((m) => m.id).sort();
    for (const event of ["proposed", "decided"]) {
      const recipients = ours
        .filter((n) => n.event === event)
        .map((n) => n.recipientMunicipalityId);
      expect(recipients.sort(), event).toEqual(partyIds);
    }

    // the audit log shows every step
    const audit = (await (
      await retry503(() => page.request.get(`/api/audit?entityType=amendment&entityId=${id}`))
    ).json()) as { items: { action: string; actor: { label: string } }[] };
    expect(audit.items.map((e) => e.action).sort()).toEqual(
      ["amendment.adopt", "amendment.comment", "amendment.propose"].sort(),
    );
    expect(audit.items.find((e) => e.action === "amendment.propose")?.actor.label).toBe(
      larissa.email,
    );
    expect(audit.items.find((e) => e.action === "amendment.comment")?.actor.label).toBe(
      trikala.email,
    );
    expect(audit.items.find((e) => e.action === "amendment.adopt")?.actor.label).toBe(ADMIN.email);
    const reviewAudit = (await (
      await retry503(() => page.request.get(`/api/audit?entityType=review&entityId=${DUE}`))
    ).json()) as { items: { action: string }[] };
    expect(reviewAudit.items.map((e) => e.action).sort()).toEqual([
      "review.close",
      "review.remind",
    ]);
  });

  test("the coordinators' dashboard sums up the network", async () => {
    const page = admin.page;
    await page.goto("/dashboard");
    await expect(
      page.getByRole("heading", { level: 1, name: "Πίνακας συντονισμού" }),
    ).toBeVisible();
    await expect(nav(page).getByRole("link", { name: "Πίνακας συντονισμού" })).toBeVisible();
    await expect(page.getByTestId("members-now")).toHaveText(/^\d+$/);
    await expect(page.getByTestId("review-progress")).toBeVisible();
    await expect(page.getByTestId("unacknowledged-notices")).toBeVisible();
    await expectNoAxeViolations(page);
  });
});
