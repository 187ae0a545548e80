// Network activities end to end: a coordinator publishes a public workshop under
// Employability hosted by Larissa with Trikala taking part; it shows on the pillar page,
// in the types × pillars matrix, on both municipalities' pages and in the month calendar;
// a members-only activity stays hidden from a signed-out visitor; a representative picks
// "my pillars" and sees only those, and marks their municipality's participation; invalid
// input gets field errors in the form; the iCalendar feed downloads and parses. Every
// page passes axe (WCAG 2.1 A/AA).
import { readFileSync } from "node:fs";
import type { BrowserContext, Page } from "@playwright/test";
import ICAL from "ical.js";
import { addDays, athensToday, expect, test, typedDate as typed } from "./fixtures";

const RUN = Date.now().toString(36);
const REPRESENTATIVE = {
  email: `larissa-rep-${RUN}@cni.test`,
  password: "larissa-representative-pw",
};
const WORKSHOP = `Εργαστήριο απασχολησιμότητας ${RUN}`;
const today = athensToday();

type Json = Record<string, unknown>;

let coordinator: BrowserContext;
let coordinatorCsrf: string;
let representative: BrowserContext;
let workshopId: string;
let matrixBefore = 0;

async function createViaApi(body: Json): Promise<string> {
  const response = await coordinator.request.post("/api/activities", {
    headers: { "x-csrf-token": coordinatorCsrf },
    data: {
      summary: "Δοκιμαστική δράση.",
      status: "planned",
      visibility: "public",
      participantMunicipalityIds: [],
      ...body,
    },
  });
  expect(response.status(), await response.text()).toBe(201);
  return (await response.json()).id as string;
}

async function pickOption(page: Page, label: string, search: string, option: string) {
  const input = page.getByRole("combobox", { name: label, exact: true });
  await input.click();
  if (search) await input.fill(search);
  await page.getByRole("option", { name: option, exact: true }).click();
}

// Long journeys, each page checked with axe, on a shared machine: more than the default 30 s.
test.describe.configure({ timeout: 90_000 });

test.describe
  .serial("activities", () => {
    test.beforeAll(async ({ signInAs, playwright, baseURL }) => {
      const admin = await signInAs("coordinator");
      coordinator = admin.context;
      coordinatorCsrf = admin.csrf;
      // the count a signed-out visitor sees in the matrix before the workshop exists
      const visitor = await playwright.request.newContext({ baseURL });
      const matrix = await visitor.get("/api/activities/matrix");
      const cells = (await matrix.json()).cells as {
        type: string;
        pillar: string;
        count: number;
      }[];
      matrixBefore =
        cells.find((c) => c.type === "event" && c.pillar === "employability")?.count ?? 0;
      await visitor.dispose();

      // Larissa's representative, created by the coordinator, accepts the invitation.
      const created = await coordinator.request.post("/api/users", {
        headers: { "x-csrf-token": coordinatorCsrf },
        data: {
          email: REPRESENTATIVE.email,
          name: "Εκπρόσωπος Λάρισας",
          role: "representative",
          municipalityId: "larissa",
        },
      });
      expect(created.status(), await created.text()).toBe(201);
      const token = new URL((await created.json()).invitationUrl).hash.slice(1);
      const anonymous = await playwright.request.newContext({ baseURL });
      const accepted = await anonymous.post("/api/invitations/accept", {
        data: { token, password: REPRESENTATIVE.password },
      });
      expect(accepted.status(), await accepted.text()).toBe(200);
      await anonymous.dispose();
      representative = (await signInAs(REPRESENTATIVE)).context;
    });

    test.afterAll(async () => {
      await representative?.close();
      await coordinator?.close();
    });

    test("invalid input shows field errors in the form (no pillar, end before start)", async ({
      axe,
    }) => {
      const page = await coordinator.newPage();
      await page.goto("/activities/new");
      await expect(page.getByRole("heading", { level: 1, name: "Νέα δράση" })).toBeVisible();
      await page.getByLabel("Τίτλος (ελληνικά)").fill("Δράση με λάθη");
      await page.getByLabel("Περιγραφή").fill("Χωρίς πυλώνα και με λήξη πριν από την έναρξη.");
      await pickOption(page, "Τύπος δράσης", "", "Εκδηλώσεις");
      await page.getByLabel("Ημερομηνία έναρξης").fill(typed(addDays(today, 10)));
      await page.getByLabel("Ημερομηνία έναρξης").press("Escape");
      await page.getByLabel("Ημερομηνία λήξης").fill(typed(addDays(today, 9)));
      await page.getByLabel("Ημερομηνία λήξης").press("Escape");
      await page.getByRole("button", { name: "Δημοσίευση δράσης" }).click();

      await expect(page.getByText("Επιλέξτε τουλάχιστον έναν πυλώνα.")).toBeVisible();
      await expect(
        page.getByText("Η λήξη πρέπει να είναι την ίδια ή μεταγενέστερη ημέρα από την έναρξη."),
      ).toBeVisible();
      await expect(page.getByLabel("Ημερομηνία λήξης")).toHaveAttribute("aria-invalid", "true");
      await expect(page.getByRole("alert").first()).toContainText("Η φόρμα έχει λάθη");
      // the funding fields appear only for the funding type
      await expect(page.getByTestId("funding-fields")).toHaveCount(0);
      await pickOption(page, "Τύπος δράσης", "", "Χρηματοδοτικά μέσα και κοινές προτάσεις");
      await expect(page.getByLabel("Χρηματοδοτικό πρόγραμμα")).toBeVisible();
      // the MoU's list of types is indicative: an activity of another kind has a type too
      await pickOption(page, "Τύπος δράσης", "", "Άλλες δράσεις");
      await expect(page.getByTestId("funding-fields")).toHaveCount(0);
      await axe(page);
      await page.close();
    });

    test("the API answers invalid input with 400 and field errors", async () => {
      const response = await coordinator.request.post("/api/activities", {
        headers: { "x-csrf-token": coordinatorCsrf },
        data: {
          titleEl: "Λάθος",
          summary: "x",
          type: "party",
          pillars: [],
          startsOn: "2026-05-02",
          endsOn: "2026-05-01",
        },
      });
      expect(response.status()).toBe(400);
      const paths = ((await response.json()).errors as { path: string }[]).map((e) => e.path);
      expect(paths).toEqual(expect.arrayContaining(["type", "pillars"]));
    });

    test("a coordinator publishes a public workshop under Employability, Larissa hosting, Trikala taking part", async ({
      axe,
    }) => {
      const page = await coordinator.newPage();
      await page.goto("/activities");
      await page.getByRole("link", { name: "Νέα δράση" }).click();
      await expect(page.getByRole("heading", { level: 1, name: "Νέα δράση" })).toBeVisible();

      await page.getByLabel("Τίτλος (ελληνικά)").fill(WORKSHOP);
      await page.getByLabel("Τίτλος (αγγλικά)").fill(`Employability workshop ${RUN}`);
      await page
        .getByLabel("Περιγραφή")
        .fill("Εργαστήριο για την ένταξη πολιτών τρίτων χωρών στην αγορά εργασίας.");
      await pickOption(page, "Τύπος δράσης", "", "Εκδηλώσεις");
      await page.getByRole("checkbox", { name: "Απασχολησιμότητα" }).check();
      await page.getByLabel("Ημερομηνία έναρξης").fill(typed(today));
      await page.getByLabel("Ημερομηνία έναρξης").press("Escape");
      await page.getByLabel("Τόπος").fill("Λάρισα, Δημοτική Πινακοθήκη");
      await pickOption(page, "Δήμος διοργάνωσης", "λαρισ", "Δήμος Λαρισαίων");
      await pickOption(page, "Συμμετέχοντες δήμοι", "τρικ", "Δήμος Τρικκαίων");
      await page.keyboard.press("Escape");
      await page.getByRole("button", { name: "Δημοσίευση δράσης" }).click();

      await expect(page.getByRole("heading", { level: 1, name: WORKSHOP })).toBeVisible();
      workshopId = page.url().split("/").pop() ?? "";
      expect(workshopId).not.toBe("");
      const facts = page.getByRole("region", { name: "Στοιχεία" });
      await expect(facts).toContainText("Εκδηλώσεις");
      await expect(facts).toContainText("Απασχολησιμότητα");
      await expect(facts.getByRole("link", { name: "Λαρισαίων" })).toBeVisible();
      await expect(
        page.getByRole("region", { name: "Συμμετέχοντες δήμοι" }).getByRole("link", {
          name: "Τρικκαίων",
        }),
      ).toBeVisible();
      await axe(page);
      // the edit form opens with the stored values
      await page.getByRole("link", { name: "Επεξεργασία" }).click();
      await expect(
        page.getByRole("heading", { level: 1, name: "Επεξεργασία δράσης" }),
      ).toBeVisible();
      await expect(page.getByLabel("Τίτλος (ελληνικά)")).toHaveValue(WORKSHOP);
      await expect(page.getByRole("checkbox", { name: "Απασχολησιμότητα" })).toBeChecked();
      await axe(page);
      await page.close();
    });

    test("it shows on the Employability pillar page and in the matrix count", async ({
      page,
      axe,
    }) => {
      await page.goto("/pillars/employability");
      await expect(page.getByRole("heading", { level: 1, name: "Απασχολησιμότητα" })).toBeVisible();
      await expect(page.getByText("αγορά εργασίας").first()).toBeVisible();
      await expect(page.getByTestId("pillar-type-event")).toContainText(WORKSHOP);
      const municipalities = page.getByTestId("pillar-municipalities");
      await expect(municipalities.locator('[data-municipality="larissa"]')).toBeVisible();
      await expect(municipalities.locator('[data-municipality="trikala"]')).toBeVisible();
      await axe(page);

      await page.goto("/activities");
      await expect(
        page.getByRole("heading", { level: 1, name: "Δράσεις του Δικτύου" }),
      ).toBeVisible();
      const cell = page
        .getByTestId("activity-matrix")
        .locator('tr[data-type="event"] td[data-pillar="employability"] a');
      await expect(cell).toHaveText(String(matrixBefore + 1));
      await axe(page);
      await cell.click();
      await expect(page).toHaveURL(/type=event/);
      await expect(page).toHaveURL(/pillar=employability/);
      await expect(page.locator(`[data-activity="${workshopId}"]`)).toBeVisible();
    });

    test("it shows on Larissa's and Trikala's pages, as host and as participant", async ({
      page,
      axe,
    }) => {
      await page.goto("/municipalities/larissa");
      const larissa = page.getByTestId("municipality-activities");
      const hosted = larissa.locator(`[data-activity="${workshopId}"]`);
      await expect(hosted).toContainText(WORKSHOP);
      await expect(hosted.locator('[data-role="host"]')).toBeVisible();
      await axe(page);

      await page.goto("/municipalities/trikala");
      const joined = page
        .getByTestId("municipality-activities")
        .locator(`[data-activity="${workshopId}"]`);
      await expect(joined).toContainText(WORKSHOP);
      await expect(joined.locator('[data-role="participant"]')).toBeVisible();
    });

    test("it shows in the month calendar", async ({ page, axe }) => {
      await page.goto("/activities/calendar");
      await expect(
        page.getByRole("heading", { level: 1, name: "Ημερολόγιο δράσεων" }),
      ).toBeVisible();
      const list = page.getByTestId("calendar-list");
      await expect(list.locator(`[data-day="${today}"]`)).toContainText(WORKSHOP);
      // the day carries a marker and says how many activities it has
      await expect(page.locator("[data-has-activities]").first()).toBeVisible();
      await expect(page.getByTestId("day-marker").first()).toBeAttached();
      await axe(page);
      // choosing the day narrows the list to it
      const day = page.getByRole("button", { name: new RegExp(`^${Number(today.slice(8))} .*:`) });
      await day.first().click();
      await expect(list.getByRole("heading", { level: 2 })).toContainText("Δράσεις στις");
      await expect(list).toContainText(WORKSHOP);
    });

    test("a members-only activity is hidden from a signed-out visitor", async ({ page, axe }) => {
      const secret = `Εσωτερική συνάντηση συντονισμού ${RUN}`;
      const id = await createViaApi({
        titleEl: secret,
        type: "policy_proposal",
        pillars: ["municipal_structures"],
        startsOn: addDays(today, 3),
        visibility: "members",
        hostMunicipalityId: "athens",
      });
      await page.goto(`/activities?q=${encodeURIComponent(RUN)}`);
      await expect(page.getByTestId("activity-summary")).toHaveText("1 δράση");
      await expect(page.locator(`[data-activity="${workshopId}"]`)).toBeVisible();
      await expect(page.getByText(secret)).toHaveCount(0);
      await page.goto(`/activities/${id}`);
      await expect(
        page.getByRole("heading", { level: 1, name: "Η δράση δεν βρέθηκε" }),
      ).toBeVisible();
      await axe(page);

      // a signed-in member sees it
      const member = await representative.newPage();
      await member.goto(`/activities/${id}`);
      await expect(member.getByRole("heading", { level: 1, name: secret })).toBeVisible();
      await expect(member.getByText("Μόνο για μέλη").first()).toBeVisible();
      await member.close();
    });

    test("a representative picks “my pillars” and sees only those, upcoming first", async ({
      axe,
    }) => {
      const inclusionLater = `Γιορτή γειτονιάς ${RUN}`;
      const inclusionSooner = `Διαπολιτισμικό φεστιβάλ ${RUN}`;
      await createViaApi({
        titleEl: inclusionLater,
        type: "public_information",
        pillars: ["inclusion"],
        startsOn: addDays(today, 20),
        hostMunicipalityId: "trikala",
      });
      await createViaApi({
        titleEl: inclusionSooner,
        type: "event",
        pillars: ["inclusion", "employability"],
        startsOn: addDays(today, 5),
        hostMunicipalityId: "athens",
      });
      const page = await representative.newPage();
      // The saved pillars arrive only after the box is ticked, as on a busy machine: the
      // tick must survive their arrival (it was undone, and an empty choice saved).
      let answerSavedPillars = () => {};
      const savedPillarsHeld = new Promise<void>((resolve) => {
        answerSavedPillars = resolve;
      });
      const isPillarsCall = (url: string | URL) => new URL(url).pathname === "/api/me/pillars";
      await page.route(isPillarsCall, async (route) => {
        if (route.request().method() === "GET") await savedPillarsHeld;
        await route.continue();
      });
      await page.goto("/activities");
      const mine = page.getByRole("region", { name: "Οι πυλώνες μου" });
      await expect(mine).toBeVisible();
      const inclusion = mine.getByRole("checkbox", { name: "Συμπερίληψη" });
      await inclusion.check();
      const savedPillars = page.waitForResponse(
        (r) => isPillarsCall(r.url()) && r.request().method() === "GET",
      );
      answerSavedPillars();
      await savedPillars;
      const save = mine.getByRole("button", { name: "Αποθήκευση πυλώνων" });
      await expect(save).toBeEnabled();
      await expect(inclusion).toBeChecked();

      // the upcoming list is asked for once the choice is saved: wait for that answer
      const put = page.waitForRequest((r) => isPillarsCall(r.url()) && r.method() === "PUT");
      const listed = page.waitForResponse((r) => {
        const url = new URL(r.url());
        return url.pathname === "/api/activities" && url.searchParams.get("pillar") === "inclusion";
      });
      await save.click();
      expect((await put).postDataJSON()).toEqual({ pillars: ["inclusion"] });
      await expect(mine.getByText("Αποθηκεύτηκε.")).toBeVisible();
      await listed;

      const upcoming = page.getByTestId("my-pillars-upcoming");
      await expect(upcoming).toContainText(inclusionSooner);
      await expect(upcoming).toContainText(inclusionLater);
      // only inclusion: the Employability-only workshop is not listed
      await expect(upcoming).not.toContainText(WORKSHOP);
      const cards = upcoming.locator("article");
      const count = await cards.count();
      for (let i = 0; i < count; i++) await expect(cards.nth(i)).toContainText("Συμπερίληψη");
      // soonest first
      const titles = await cards.locator("h4").allTextContents();
      expect(titles.indexOf(inclusionSooner)).toBeLessThan(titles.indexOf(inclusionLater));
      await axe(page);

      // the choice is kept
      await page.reload();
      await expect(
        page.getByRole("region", { name: "Οι πυλώνες μου" }).getByRole("checkbox", {
          name: "Συμπερίληψη",
        }),
      ).toBeChecked();
      await page.close();
    });

    test("a representative marks their own municipality's participation", async ({ axe }) => {
      const title = `Επίσκεψη μελέτης στο ΚΕΜ ${RUN}`;
      const id = await createViaApi({
        titleEl: title,
        type: "study_visit",
        pillars: ["municipal_structures"],
        startsOn: addDays(today, 12),
        hostMunicipalityId: "athens",
        participantMunicipalityIds: ["trikala"],
      });
      const page = await representative.newPage();
      await page.goto(`/activities/${id}`);
      await page.getByRole("button", { name: "Δήλωση συμμετοχής: Δήμος Λαρισαίων" }).click();
      await expect(page.getByText("Ο Δήμος Λαρισαίων συμμετέχει")).toBeVisible();
      const participants = page.getByRole("region", { name: "Συμμετέχοντες δήμοι" });
      await expect(participants.getByRole("link", { name: "Λαρισαίων" })).toBeVisible();
      await expect(participants.getByRole("link", { name: "Τρικκαίων" })).toBeVisible();
      await axe(page);
      await page.getByRole("button", { name: "Ακύρωση συμμετοχής" }).click();
      await expect(participants.getByRole("link", { name: "Λαρισαίων" })).toHaveCount(0);
      // Trikala's participation is not the representative's to change
      await expect(participants.getByRole("link", { name: "Τρικκαίων" })).toBeVisible();
      await page.close();
    });

    test("a representative proposes; the coordinator publishes from the queue", async ({ axe }) => {
      const title = `Πρόταση: ημερίδα για τα ΣΕΜΠ ${RUN}`;
      const page = await representative.newPage();
      await page.goto("/activities/propose");
      await expect(page.getByRole("heading", { level: 1, name: "Πρόταση δράσης" })).toBeVisible();
      await expect(page.getByRole("combobox", { name: "Δήμος διοργάνωσης" })).toHaveValue(
        "Δήμος Λαρισαίων",
      );
      await page.getByLabel("Τίτλος (ελληνικά)").fill(title);
      await page.getByLabel("Περιγραφή").fill("Ημερίδα για τα Συμβούλια Ένταξης.");
      await pickOption(page, "Τύπος δράσης", "", "Εκδηλώσεις");
      await page.getByRole("checkbox", { name: "Δημοτικές δομές και θεσμοί" }).check();
      await page.getByLabel("Ημερομηνία έναρξης").fill(typed(addDays(today, 30)));
      await page.getByLabel("Ημερομηνία έναρξης").press("Escape");
      await axe(page);
      await page.getByRole("button", { name: "Υποβολή πρότασης" }).click();
      await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
      await expect(page.getByText("Πρόταση σε αναμονή δημοσίευσης")).toBeVisible();
      await axe(page);
      await page.close();

      const queue = await coordinator.newPage();
      await queue.goto("/activities/proposals");
      const item = queue.locator("article", { hasText: title });
      await expect(item).toContainText("Εκπρόσωπος Λάρισας");
      await axe(queue);
      await item.getByRole("button", { name: `Δημοσίευση: ${title}` }).click();
      await expect(queue.locator("article", { hasText: title })).toHaveCount(0);
      await queue.goto(`/activities?q=${encodeURIComponent("ημεριδα ΣΕΜΠ")}`);
      await expect(queue.getByRole("link", { name: title })).toBeVisible();
      await queue.close();
    });

    test("the iCalendar feed downloads and parses", async ({ page }) => {
      await page.goto("/activities?pillar=employability");
      const download = page.waitForEvent("download");
      await page.getByRole("link", { name: "Λήψη αρχείου .ics" }).click();
      const file = await (await download).path();
      const text = readFileSync(file, "utf8");
      const calendar = new ICAL.Component(ICAL.parse(text));
      const events = calendar.getAllSubcomponents("vevent").map((v) => new ICAL.Event(v));
      const workshop = events.find((e) => e.uid === `activity-${workshopId}@cni`);
      expect(workshop, "the workshop is in the feed").toBeDefined();
      expect(workshop?.summary).toBe(WORKSHOP);
      expect(workshop?.location).toBe("Λάρισα, Δημοτική Πινακοθήκη");
      expect(workshop?.startDate.isDate).toBe(true);
      expect(workshop?.startDate.toString()).toBe(today);
      expect(workshop?.endDate.toString()).toBe(addDays(today, 1));
      // a signed-out feed has no members-only activity
      expect(events.every((e) => !e.summary.startsWith("Εσωτερική συνάντηση"))).toBe(true);

      const response = await page.request.get("/api/activities.ics?pillar=employability");
      expect(response.headers()["content-type"]).toBe("text/calendar; charset=utf-8");
      const csv = await page.request.get("/api/activities.csv?pillar=employability");
      const bytes = await csv.body();
      expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      expect(bytes.toString("utf8")).toContain(WORKSHOP);
    });
  });
