// "View as" is read-only (docs/decisions/113-view-as.md): the server refuses every write,
// and the SPA says so before the click — while a coordinator views the portal as an officer,
// the write controls are disabled, each explained by the banner's read-only sentence
// (aria-describedby) and a tooltip, in Greek and in English. Reads stay usable, and the
// officer itself still has every control enabled.
import type { Page } from "@playwright/test";
import { expect, type SignedIn, test } from "./fixtures";

const PASSWORD = "a long enough password for e2e";
const HINT_EL =
  "Μόνο ανάγνωση: βλέπετε την πύλη ως άλλος χρήστης, οπότε δεν μπορείτε να αλλάξετε τίποτα.";
const HINT_EN = "Read-only: you are viewing the portal as another user, so nothing can be changed.";

/** An officer of `municipalityId`, created by the coordinator and signed up through its link. */
async function createOfficer(coordinator: SignedIn, municipalityId: string, email: string) {
  const created = await coordinator.context.request.post("/api/users", {
    headers: { "x-csrf-token": coordinator.csrf },
    data: { email, name: "Ρένα Σερραίου", role: "officer", municipalityId },
  });
  expect(created.status(), await created.text()).toBe(201);
  const { user, invitationUrl } = (await created.json()) as {
    user: { id: string };
    invitationUrl: string;
  };
  const anonymous = await coordinator.context.browser()!.newContext();
  const accepted = await anonymous.request.post("/api/invitations/accept", {
    data: { token: invitationUrl.split("#")[1], password: PASSWORD },
  });
  expect(accepted.status(), await accepted.text()).toBe(200);
  await anonymous.close();
  return { id: user.id, email, password: PASSWORD };
}

/** The control is disabled and explained: tooltip, and the banner's sentence as description. */
async function expectExplainedDisabled(control: ReturnType<Page["getByRole"]>, hint: string) {
  await expect(control).toBeDisabled();
  await expect(control).toHaveAccessibleDescription(hint);
  // the tooltip: the control's own title or the read-only group's around it
  const title = await control.evaluate(
    (el) => el.getAttribute("title") ?? el.closest("[title]")?.getAttribute("title") ?? null,
  );
  expect(title).toBe(hint);
}

test("while viewing as an officer, write controls are disabled and say why (el, en)", async ({
  signInAs,
  axe,
}) => {
  test.setTimeout(120_000);
  const coordinator = await signInAs("coordinator");
  const officer = await createOfficer(coordinator, "serres", "readonly.serres@e2e.cni");

  // the officer itself: the name form and the declaration's withdrawal are enabled
  const own = await signInAs(officer);
  await own.page.goto("/account");
  await expect(own.page.getByRole("button", { name: "Αποθήκευση ονόματος" })).toBeEnabled();
  await expect(own.page.getByRole("textbox", { name: "Ονοματεπώνυμο" })).toBeEditable();
  await own.page.goto("/accession");
  await expect(own.page.getByRole("button", { name: "Απόσυρση της δήλωσης" })).toBeEnabled();

  // the coordinator views as the officer
  const page = coordinator.page;
  const started = await page.request.post("/api/view-as", {
    headers: { "x-csrf-token": coordinator.csrf },
    data: { userId: officer.id },
  });
  expect(started.status(), await started.text()).toBe(200);
  await page.goto("/account");
  const banner = page.getByTestId("view-as-banner");
  await expect(banner).toBeVisible();
  const save = page.getByRole("button", { name: "Αποθήκευση ονόματος" });
  await expectExplainedDisabled(save, HINT_EL);
  await expect(page.getByRole("textbox", { name: "Ονοματεπώνυμο" })).toBeDisabled();
  await expectExplainedDisabled(
    page.getByRole("button", { name: "Αλλαγή κωδικού", exact: true }),
    HINT_EL,
  );
  // the way out is never disabled
  await expect(banner.getByRole("button", { name: "Τέλος προβολής" })).toBeEnabled();
  await axe(page);

  await page.goto("/accession");
  await expectExplainedDisabled(
    page.getByRole("button", { name: "Απόσυρση της δήλωσης" }),
    HINT_EL,
  );
  await axe(page);

  // English
  await page.getByRole("button", { name: "Switch to English" }).click();
  await expect(page.getByRole("button", { name: "Αλλαγή σε Ελληνικά" })).toBeVisible();
  await expectExplainedDisabled(
    page.getByRole("button", { name: "Withdraw the declaration" }),
    HINT_EN,
  );
  await page.goto("/account");
  await expectExplainedDisabled(page.getByRole("button", { name: "Save the name" }), HINT_EN);
  await axe(page);

  // reads stay usable: the directory's search still works while viewing
  await page.goto("/municipalities");
  await expect(page.getByRole("searchbox").or(page.getByRole("textbox")).first()).toBeEnabled();

  // the server still refuses (the SPA's disabling is a courtesy, not the guard)
  const refused = await page.request.patch("/api/account", {
    headers: { "x-csrf-token": coordinator.csrf },
    data: { name: "Άλλο Όνομα" },
  });
  expect(refused.status()).toBe(403);
  expect((await refused.json()).code).toBe("VIEW_AS_READ_ONLY");

  // stopped: the coordinator's own account page has its controls enabled again
  await banner.getByRole("button", { name: "Stop viewing" }).click();
  await expect(banner).toHaveCount(0);
  await page.goto("/account");
  await expect(page.getByRole("button", { name: "Save the name" })).toBeEnabled();
});
