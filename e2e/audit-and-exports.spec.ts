// Issue 15, items 5 and 12. The coordinator's audit log reads in the reader's language:
// actions as words (never `accession.accept`-style codes), summaries built in Greek or
// English (never the English sentence recorded with the entry), times in Athens time as
// 30/11/2026, 16:15. And each CSV export is offered twice: semicolon-separated with a BOM
// for Greek-locale Excel, beside the RFC 4180 comma file, each labelled for what it is.
import { readFile } from "node:fs/promises";
import { expect, test } from "./fixtures";

const RAW_CODE = /\b[a-z]+\.[a-z_]+\b/;
const DATE_TIME = /^\d{2}\/\d{2}\/\d{4}, \d{2}:\d{2}$/;

/** What an instant reads as on a wall clock in Athens, dd/mm/yyyy, HH:mm. */
function athensWallClock(instant: string): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat("en-GB", {
      timeZone: "Europe/Athens",
      day: "2-digit",
      month: "2-digit",
      year: "numeric",
      hour: "2-digit",
      minute: "2-digit",
      hourCycle: "h23",
    })
      .formatToParts(new Date(instant))
      .map((part) => [part.type, part.value]),
  );
  return `${parts.day}/${parts.month}/${parts.year}, ${parts.hour}:${parts.minute}`;
}

test.describe("the audit log in the reader's language", () => {
  // two pages in two languages, each checked by axe (≈ 5 s each on a loaded 2-core machine)
  test.describe.configure({ timeout: 90_000 });
  test("Greek, then English: actions in words, localized summaries, Athens times", async ({
    signInAs,
    axe,
  }) => {
    const { page, context, csrf } = await signInAs("coordinator");
    // an account for Larissa: user.create and invitation.issue (with an expiry instant)
    const email = `audit-${Date.now().toString(36)}@larissa.test`;
    const created = await context.request.post("/api/users", {
      headers: { "x-csrf-token": csrf },
      data: { email, name: "Ελένη Καταγραφής", role: "officer", municipalityId: "larissa" },
    });
    expect(created.status(), await created.text()).toBe(201);

    await page.goto("/admin/audit");
    await expect(page.getByRole("heading", { level: 1, name: "Αρχείο ενεργειών" })).toBeVisible();
    const table = page.getByRole("table", { name: "Αρχείο ενεργειών" });
    await expect(table.getByTestId("audit-action").first()).toBeVisible();

    const actions = await table.getByTestId("audit-action").allInnerTexts();
    expect(actions.length).toBeGreaterThan(3);
    for (const action of actions) expect(action, "an action shown as code").not.toMatch(RAW_CODE);
    expect(actions).toContain("Δημιουργία χρήστη");
    expect(actions).toContain("Σύνδεση");

    // every row's time, read in one round trip (one call per row took seconds under load)
    const times = await table
      .getByTestId("audit-at")
      .locator("time")
      .evaluateAll((nodes) =>
        nodes.map((node) => ({
          shown: node.textContent?.trim() ?? "",
          instant: node.getAttribute("datetime") ?? "",
        })),
      );
    expect(times.length).toBe(actions.length);
    for (const { shown, instant } of times) {
      expect(shown).toMatch(DATE_TIME);
      expect(shown).toBe(athensWallClock(instant));
    }

    const summaries = table.getByTestId("audit-summary");
    const greek = await summaries.allInnerTexts();
    // nothing left of the English sentences or their UTC instants
    for (const summary of greek) {
      expect(summary).not.toMatch(/\d{4}-\d{2}-\d{2}/);
      expect(summary).not.toMatch(/\b(signed in|created the|Invitation link|Seeded)\b/);
    }
    expect(greek).toContain(`Νέος λογαριασμός ${email} (υπάλληλος δήμου, Δήμος Λαρισαίων)`);
    expect(greek).toContain(`Σύνδεση του λογαριασμού ${"admin@cni.test"}`);
    expect(
      greek.some((s) => /^Πρόσκληση για .+, ισχύει έως \d{2}\/\d{2}\/\d{4}, \d{2}:\d{2}$/.test(s)),
    ).toBe(true);
    await axe(page);

    // English
    await page.getByRole("button", { name: "Switch to English" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Audit log" })).toBeVisible();
    const english = page.getByRole("table", { name: "Audit log" });
    const enActions = await english.getByTestId("audit-action").allInnerTexts();
    for (const action of enActions) expect(action).not.toMatch(RAW_CODE);
    expect(enActions).toContain("User created");
    const enSummaries = await english.getByTestId("audit-summary").allInnerTexts();
    expect(enSummaries).toContain(
      `New account ${email} (municipal officer, Municipality of Larissa)`,
    );
    for (const summary of enSummaries) {
      expect(summary).not.toMatch(/\d{4}-\d{2}-\d{2}/);
      // no Greek sentence in the English log (user-entered titles and names may be Greek)
      expect(summary).not.toMatch(/Νέος λογαριασμός|Σύνδεση του|Πρόσκληση για|ισχύει έως|Δήμος /);
    }
    const enTime = english.getByTestId("audit-at").locator("time").first();
    expect((await enTime.textContent())?.trim()).toBe(
      athensWallClock((await enTime.getAttribute("datetime")) as string),
    );
    await axe(page);
  });
});

test.describe("the audit log on a phone", () => {
  test("reads as cards at 360 px: words, Athens times, no sideways scrolling", async ({
    signInAs,
    axe,
  }) => {
    const { page } = await signInAs("coordinator");
    await page.setViewportSize({ width: 360, height: 800 });
    await page.goto("/admin/audit");
    const list = page.getByRole("list", { name: "Αρχείο ενεργειών" });
    await expect(list.getByTestId("audit-action").first()).toBeVisible();
    for (const action of await list.getByTestId("audit-action").allInnerTexts())
      expect(action).not.toMatch(RAW_CODE);
    for (const time of await list.getByTestId("audit-at").allInnerTexts())
      expect(time.trim()).toMatch(DATE_TIME);
    await expect(list.getByTestId("audit-summary").first()).toBeInViewport();
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth),
    ).toBe(true);
    await axe(page);
  });
});

test.describe("CSV for Greek Excel", () => {
  test("the directory offers both files, labelled, and the Excel one has a BOM and `;`", async ({
    page,
  }) => {
    await page.goto("/");
    const excel = page.getByRole("link", { name: "CSV για Excel (ελληνικές ρυθμίσεις)" });
    const comma = page.getByRole("link", { name: "CSV (RFC 4180, κόμμα)" });
    await expect(excel).toBeVisible();
    await expect(comma).toBeVisible();

    const download = page.waitForEvent("download");
    await excel.click();
    const file = await (await download).path();
    const bytes = await readFile(file);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const [header, ...rows] = bytes.toString("utf8").slice(1).split("\r\n");
    expect(header).toMatch(/^Κωδικός;Δήμος;Όνομα στα αγγλικά;/);
    expect(rows.some((row) => row.startsWith("athens;Δήμος Αθηναίων;"))).toBe(true);

    const commaDownload = page.waitForEvent("download");
    await comma.click();
    const commaText = (await readFile(await (await commaDownload).path())).toString("utf8");
    expect(commaText.slice(1).split("\r\n")[0]).toMatch(/^Κωδικός,Δήμος,/);
  });

  test("the activities offer both files too", async ({ page }) => {
    await page.goto("/activities");
    const excel = page.getByRole("link", { name: "CSV για Excel (ελληνικές ρυθμίσεις)" });
    await expect(excel).toBeVisible();
    const download = page.waitForEvent("download");
    await excel.click();
    const bytes = await readFile(await (await download).path());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.toString("utf8").slice(1).split("\r\n")[0]).toMatch(/^id;titleEl;titleEn;/);
  });
});
