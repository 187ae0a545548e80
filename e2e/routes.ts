// The list of every page of the SPA and who may open it, with what a run needs to open
// them: the ids of detail pages and signed-in pages for each role. Shared by the sweep
// (sweep.spec.ts), the dialogs' axe check (dialogs-axe.spec.ts) and the screenshot tour
// (`npm run screenshots`, e2e/tour/), so a new route needs one line in ROUTES.
import type { APIRequestContext, Browser, Page, Request } from "@playwright/test";
import { athensToday, expect, retry503, type SignedIn } from "./fixtures.ts";

export type Role = "anonymous" | "coordinator" | "officer" | "representative";
export const ROLES: readonly Role[] = ["anonymous", "coordinator", "officer", "representative"];
const EVERYONE: Role[] = [...ROLES];
const SIGNED_IN: Role[] = ["coordinator", "officer", "representative"];

/** Ids of records that detail pages show; undefined when the run has none (route skipped). */
export type Ids = {
  activity?: string;
  accession?: string;
  amendment?: string;
  withdrawal?: string;
  review?: string;
};

export type Route = { path: string | ((ids: Ids) => string | undefined); roles: Role[] };

/** Routes and who may open them (others are sent to sign-in or see "not allowed"). */
export const ROUTES: Route[] = [
  { path: "/", roles: EVERYONE },
  { path: "/municipalities", roles: EVERYONE },
  { path: "/municipalities/larissa", roles: EVERYONE },
  { path: "/network", roles: EVERYONE },
  { path: "/activities", roles: EVERYONE },
  { path: "/activities/calendar", roles: EVERYONE },
  { path: "/activities/new", roles: ["coordinator"] },
  { path: "/activities/propose", roles: ["officer", "representative"] },
  { path: "/activities/proposals", roles: ["coordinator"] },
  { path: (ids) => ids.activity && `/activities/${ids.activity}`, roles: EVERYONE },
  { path: (ids) => ids.activity && `/activities/${ids.activity}/edit`, roles: ["coordinator"] },
  { path: "/pillars/employability", roles: EVERYONE },
  { path: "/mou", roles: EVERYONE },
  { path: "/amendments", roles: EVERYONE },
  { path: "/amendments/new", roles: ["representative"] },
  { path: (ids) => ids.amendment && `/amendments/${ids.amendment}`, roles: SIGNED_IN },
  { path: "/reviews", roles: SIGNED_IN },
  { path: (ids) => ids.review && `/reviews/${ids.review}`, roles: SIGNED_IN },
  { path: "/withdrawals", roles: ["coordinator", "officer"] },
  { path: "/withdrawals/new", roles: ["coordinator", "officer"] },
  { path: (ids) => ids.withdrawal && `/withdrawals/${ids.withdrawal}`, roles: ["coordinator"] },
  { path: "/dashboard", roles: ["coordinator"] },
  { path: "/sign-in", roles: ["anonymous"] },
  { path: "/register", roles: ["anonymous"] },
  { path: "/forgot-password", roles: ["anonymous"] },
  { path: "/account", roles: SIGNED_IN },
  { path: "/my", roles: ["officer", "representative"] },
  { path: "/accession", roles: ["officer"] },
  { path: "/notices", roles: SIGNED_IN },
  { path: "/admin/users", roles: ["coordinator"] },
  { path: "/admin/audit", roles: ["coordinator"] },
  { path: "/admin/reminders", roles: ["coordinator"] },
  { path: "/admin/accessions", roles: ["coordinator"] },
  { path: (ids) => ids.accession && `/admin/accessions/${ids.accession}`, roles: ["coordinator"] },
  { path: "/no-such-page", roles: ["anonymous", "coordinator"] },
];

/** The routes a role opens, as paths (detail routes without a record are left out). */
export function pathsFor(role: Role, ids: Ids): string[] {
  return ROUTES.filter((r) => r.roles.includes(role))
    .map((r) => (typeof r.path === "function" ? r.path(ids) : r.path))
    .filter((p): p is string => Boolean(p));
}

export async function getJson<T>(request: APIRequestContext, url: string): Promise<T> {
  const response = await retry503(() => request.get(url));
  expect(response.status(), `${url}: ${await response.text()}`).toBe(200);
  return (await response.json()) as T;
}

/** Ids of records the run already has (the seed's, and those earlier specs made). */
export async function findIds(request: APIRequestContext): Promise<Ids> {
  const first = async (url: string) =>
    (await getJson<{ items: { id: string }[] }>(request, url)).items[0]?.id;
  const reviews = await getJson<{ dueOn: string }[]>(request, "/api/reviews");
  return {
    activity: await first("/api/activities"),
    accession: await first("/api/accessions"),
    amendment: await first("/api/amendments"),
    withdrawal: await first("/api/withdrawals"),
    review: reviews.at(-1)?.dueOn,
  };
}

const PASSWORD = "sweep passphrase for every page 2026";

/**
 * An invited, verified account of Larissa with the given role, accepted in a context of its
 * own (accepting signs that browser in as the invitee), then signed in through `signInAs`.
 */
export async function newMunicipalUser(
  browser: Browser,
  admin: SignedIn,
  signInAs: (who: { email: string; password: string }) => Promise<SignedIn>,
  role: "officer" | "representative",
  tag: string,
  options: { municipalityId?: string; designate?: boolean } = {},
): Promise<SignedIn> {
  const { municipalityId = "larissa", designate = false } = options;
  const email = `${tag}-${role}-${Date.now().toString(36)}@cni.test`;
  const headers = { "x-csrf-token": admin.csrf };
  const created = await retry503(() =>
    admin.context.request.post("/api/users", {
      headers,
      data: { email, name: `${tag} ${role}`, role, municipalityId },
    }),
  );
  expect(created.status(), await created.text()).toBe(201);
  const { invitationUrl } = (await created.json()) as { invitationUrl: string };
  const token = new URL(invitationUrl).hash.slice(1);
  const invitee = await browser.newContext();
  const accepted = await retry503(() =>
    invitee.request.post("/api/invitations/accept", { data: { token, password: PASSWORD } }),
  );
  expect(accepted.status(), await accepted.text()).toBe(200);
  await invitee.close();
  if (designate && role === "representative") {
    await designateByAct(admin, municipalityId, role, { name: `${tag} ${role}`, email });
  }
  return signInAs({ email, password: PASSWORD });
}

/** A public activity hosted by Athens, created by a coordinator; its id. */
export async function newActivity(admin: SignedIn, title: string): Promise<string> {
  const created = await retry503(() =>
    admin.context.request.post("/api/activities", {
      headers: { "x-csrf-token": admin.csrf },
      data: {
        titleEl: title,
        summary: "Συνάντηση εργασίας των μελών για την ένταξη.",
        type: "policy_proposal",
        pillars: ["municipal_structures"],
        startsOn: athensToday(),
        status: "planned",
        visibility: "public",
        hostMunicipalityId: "athens",
        participantMunicipalityIds: [],
      },
    }),
  );
  expect(created.status(), await created.text()).toBe(201);
  return ((await created.json()) as { id: string }).id;
}

/** The requests a page has started and not yet finished, watched from its first use. */
const pendingRequests = new WeakMap<Page, { open: Map<Request, number>; started: number }>();

function watchRequests(page: Page) {
  let watch = pendingRequests.get(page);
  if (!watch) {
    const state = { open: new Map<Request, number>(), started: 0 };
    page.on("request", (request) => {
      state.open.set(request, Date.now());
      state.started += 1;
    });
    page.on("requestfinished", (request) => state.open.delete(request));
    page.on("requestfailed", (request) => state.open.delete(request));
    pendingRequests.set(page, state);
    watch = state;
  }
  return watch;
}

/**
 * Waits until the page has settled: no query fetching or mutation running (the SPA marks
 * `<html data-busy>`, app/busy-marker.tsx), no request of the page open (chunks, translations,
 * fonts), after two rendered frames — twice in a row, 100 ms apart, with no request started
 * in between. Deterministic where `networkidle` waits for 500 ms of silence after each load.
 */
export async function settle(page: Page): Promise<void> {
  const watch = watchRequests(page);
  const deadline = Date.now() + 20_000;
  const idle = async () => {
    const busy = await page.evaluate(async () => {
      await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
      await document.fonts.ready;
      return document.documentElement.dataset.busy === "true";
    });
    // a request open for over 10 s is not the page loading (networkidle would hang on it)
    const open = [...watch.open.values()].filter((since) => Date.now() - since < 10_000);
    return !busy && open.length === 0;
  };
  for (;;) {
    const started = watch.started;
    if (await idle()) {
      await page.waitForTimeout(100);
      if (watch.started === started && (await idle())) return;
    } else if (Date.now() > deadline) {
      throw new Error(`${page.url()} did not settle in 20 s (queries or requests still open)`);
    } else {
      await page.waitForTimeout(50);
    }
  }
}

/** Opens a route and waits until its page has settled (heading shown, data loaded). */
export async function openRoute(page: Page, path: string): Promise<void> {
  watchRequests(page);
  await page.goto(path);
  await expect(page.locator("main h1").first()).toBeVisible({ timeout: 20_000 });
  await settle(page);
}

/**
 * An officer of a municipality of the official list that is not a party registers (the
 * first municipality `query` finds without an account), and a coordinator verifies the
 * account (e.g. after calling the switchboard).
 */
export async function registerVerifiedOfficer(
  browser: Browser,
  coordinator: SignedIn,
  query: string,
  officer: { name: string; email: string; password: string },
): Promise<void> {
  const anonymous = await browser.newContext();
  const official = await (
    await retry503(() =>
      anonymous.request.get(`/api/municipalities/official?q=${encodeURIComponent(query)}`),
    )
  ).json();
  const choice =
    official.items.find((m: { municipalityId: string | null }) => !m.municipalityId) ??
    official.items[0];
  expect(choice, "an official municipality to register").toBeTruthy();
  const registered = await retry503(() =>
    anonymous.request.post("/api/registrations", {
      data: {
        municipality: { code: choice.code },
        officer: { name: officer.name, email: officer.email, position: "Προϊσταμένη" },
        password: officer.password,
      },
    }),
  );
  expect(registered.status(), await registered.text()).toBeLessThan(300);
  await anonymous.close();
  const users = await (await coordinator.context.request.get("/api/users")).json();
  const account = users.items.find((u: { email: string }) => u.email === officer.email);
  const verified = await coordinator.context.request.post(`/api/users/${account.id}/verify`, {
    headers: { "x-csrf-token": coordinator.csrf },
  });
  expect(verified.status(), await verified.text()).toBe(200);
}

/** The municipality's act designating `person` as its representative (or alternate), by
 * mayoral decision dated today: the powers to propose and to submit follow it. */
export async function designateByAct(
  admin: { context: { request: APIRequestContext }; csrf: string },
  municipalityId: string,
  role: "representative" | "alternate",
  person: { name: string; email: string },
): Promise<void> {
  const designated = await retry503(() =>
    admin.context.request.put(`/api/municipalities/${municipalityId}/designations/${role}`, {
      headers: { "x-csrf-token": admin.csrf },
      data: {
        ...person,
        act: {
          kind: "mayoral_decision",
          number: `7/${athensToday().slice(0, 4)}`,
          date: athensToday(),
        },
      },
    }),
  );
  expect(designated.status(), await designated.text()).toBeLessThan(300);
}

/**
 * The records the detail routes show, made on a fresh server (the sweep's and the
 * screenshot tour's own set-up): a registration waiting for verification (Volos), an
 * amendment proposed by Larissa's designated representative, a draft withdrawal of Tilos
 * and a public activity. Returns the representative, signed in.
 */
export async function seedDetailRecords(
  browser: Browser,
  admin: SignedIn,
  signInAs: (who: { email: string; password: string }) => Promise<SignedIn>,
  tag: string,
): Promise<SignedIn> {
  const representative = await newMunicipalUser(browser, admin, signInAs, "representative", tag, {
    designate: true,
  });
  const anonymous = await browser.newContext();
  const registration = await retry503(() =>
    anonymous.request.post("/api/registrations", {
      data: {
        municipality: { code: "2401" }, // Volos, not a member: its officers register
        officer: {
          name: "Μαρία Παπαδοπούλου",
          email: `${tag}-registrant-${Date.now().toString(36)}@cni.test`,
          position: "Προϊσταμένη Κοινωνικής Πολιτικής",
        },
        password: `${tag} passphrase for a registrant 2026`,
      },
    }),
  );
  expect(registration.status(), await registration.text()).toBeLessThan(300);
  await anonymous.close();
  const amendment = await retry503(() =>
    representative.context.request.post("/api/amendments", {
      headers: { "x-csrf-token": representative.csrf },
      data: {
        title: "Συμπερίληψη και συμμετοχή στα κοινά",
        clause: "art-2.3",
        proposedText: "Προώθηση της συμπερίληψης και της συμμετοχής στα κοινά.",
        rationale: "Διεύρυνση του πυλώνα.",
      },
    }),
  );
  expect(amendment.status(), await amendment.text()).toBe(201);
  const withdrawal = await retry503(() =>
    admin.context.request.post("/api/withdrawals", {
      headers: { "x-csrf-token": admin.csrf },
      data: {
        municipalityId: "tilos",
        councilDecision: { number: "57/2026", date: athensToday() },
        reason: "Αναδιοργάνωση των υπηρεσιών.",
      },
    }),
  );
  expect(withdrawal.status(), await withdrawal.text()).toBe(201);
  await newActivity(admin, "Συνάντηση εργασίας για την ένταξη");
  return representative;
}
