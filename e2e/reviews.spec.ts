// Reviews end to end (issue 7), in Chromium against the production build:
// two representatives (Larissa, Trikala) submit their evaluations of the 2024-06-17 …
// 2026-06-16 period; a third (Karditsa) cannot submit for another municipality; the
// coordinator closes the cycle; the report shows the scores chart, the activities matrix
// and the members that did not submit, and prints to A4 (amendments: amendments.spec.ts).
// Every page passes axe (WCAG 2.1 A/AA).
import type { APIRequestContext, Page } from "@playwright/test";
import { expect, expectNoAxeViolations, retry503, type SignedIn, test } from "./fixtures";
import { designateByAct } from "./routes";

const RUN = Date.now().toString(36);
const DUE = "2026-06-17";
const PASSWORD = "review representative pass";

type Member = { email: string; role: "representative" | "coordinator"; municipalityId?: string };
type Session = SignedIn;

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
  const token = new URL(invitationUrl).hash.slice(1);
  // Accepting signs the person in: a fresh request context each time (no session cookie).
  const request = await newRequest();
  const accepted = await retry503(() =>
    request.post("/api/invitations/accept", { data: { token, password: PASSWORD } }),
  );
  expect(accepted.status(), await accepted.text()).toBe(200);
  await request.dispose();
  // the municipality's act designating this person: the power to submit follows it
  await designateByAct(
    { context: admin.page, csrf: admin.csrf },
    municipalityId,
    "representative",
    {
      name: `Εκπρόσωπος ${municipalityId}`,
      email,
    },
  );
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

  test.beforeAll(async ({ signInAs, playwright, baseURL }) => {
    admin = await signInAs("coordinator");
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
    signInAs,
  }) => {
    const l = await signInAs({ email: larissa.email, password: PASSWORD });
    await submitEvaluation(l.page, [4, 3, 5], "Λάρισα");
    await l.close();

    const t = await signInAs({ email: trikala.email, password: PASSWORD });
    await submitEvaluation(t.page, [2, 3, 4], "Τρίκαλα");
    await t.close();

    const k = await signInAs({ email: karditsa.email, password: PASSWORD });
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

  test("the coordinator closes the cycle; the report shows the chart, matrix and missing members and prints to A4", async ({
    signInAs,
    axe,
  }) => {
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
    await axe(page);

    // a reminder to the 16 that have not submitted
    await page.getByRole("button", { name: "Υπενθύμιση" }).click();
    const remindDialog = page.getByRole("dialog", { name: "Αποστολή υπενθύμισης" });
    await expect(remindDialog).toContainText("16 δήμους");
    await axe(page);
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
    await axe(page);

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
    const l = await signInAs({ email: larissa.email, password: PASSWORD });
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

  test("the audit log has the review cycle's steps", async () => {
    const reviewAudit = (await (
      await retry503(() => admin.page.request.get(`/api/audit?entityType=review&entityId=${DUE}`))
    ).json()) as { items: { action: string }[] };
    expect(reviewAudit.items.map((e) => e.action).sort()).toEqual([
      "review.close",
      "review.remind",
    ]);
  });

  test("the coordinators' dashboard sums up the network", async ({ axe }) => {
    const page = admin.page;
    await page.goto("/dashboard");
    await expect(
      page.getByRole("heading", { level: 1, name: "Πίνακας συντονισμού" }),
    ).toBeVisible();
    await expect(nav(page).getByRole("link", { name: "Πίνακας συντονισμού" })).toBeVisible();
    await expect(page.getByTestId("members-now")).toHaveText(/^\d+$/);
    await expect(page.getByTestId("review-progress")).toBeVisible();
    await expect(page.getByTestId("unacknowledged-notices")).toBeVisible();
    await axe(page);
  });
});
