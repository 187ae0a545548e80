// TEMPORARY (helper H2): screenshots with a filled list; deleted after use.
import { expect, test } from "./fixtures";

const items = [
  { id: "1", kind: "unacknowledged_notice", recipientMunicipalityId: "larissa", recipientNameEl: "Λαρισαίων", recipientNameEn: "Larissa", subjectMunicipalityId: "trikala", subjectNameEl: "Τρικκαίων", subjectNameEn: "Trikala", remindedOn: "2026-11-30", sentAt: "2026-11-30T08:00:00.000Z" },
  { id: "2", kind: "declaration_waiting", recipientMunicipalityId: null, recipientNameEl: null, recipientNameEn: null, subjectMunicipalityId: "serres", subjectNameEl: "Σερρών", subjectNameEn: "Serres", remindedOn: "2026-11-30", sentAt: "2026-11-30T07:00:00.000Z" },
  { id: "3", kind: "review_last_weeks", recipientMunicipalityId: "larissa", recipientNameEl: "Λαρισαίων", recipientNameEn: "Larissa", subjectMunicipalityId: null, subjectNameEl: null, subjectNameEn: null, remindedOn: "2026-11-29", sentAt: "2026-11-29T07:00:00.000Z" },
];

test("shots", async ({ signInAs }, testInfo) => {
  const admin = await signInAs("coordinator");
  const page = admin.page;
  await page.route("**/api/reminders/sent*", (route) => route.fulfill({ json: { items } }));
  for (const language of ["el", "en"] as const) {
    await page.goto("/admin/reminders");
    await page.evaluate((lang) => window.localStorage.setItem("cni.lang", lang), language);
    for (const width of [1366, 360]) {
      await page.setViewportSize({ width, height: 900 });
      await page.reload();
      await expect(page.getByRole("switch")).toHaveCount(4);
      await page.screenshot({ path: testInfo.outputPath(`filled-${language}-${width}.png`), fullPage: true });
    }
  }
});
