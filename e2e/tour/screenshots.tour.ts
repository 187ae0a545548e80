// The screenshot tour (`npm run screenshots`): every route of e2e/routes.ts, in Greek and in
// English, on a desk (1366×900) and on a phone (360×780), as each role, into screenshots/
// with an index.html to browse them. It seeds what the detail pages need (accounts of
// Larissa, a registration waiting for verification, an amendment, a draft withdrawal). Not
// part of `npm test` (its name is not *.spec.ts; see playwright.screenshots.config.ts).
import { mkdirSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { BrowserContext, Page } from "@playwright/test";
import { type SignedIn, test } from "../fixtures.ts";
import {
  findIds,
  type Ids,
  newMunicipalUser,
  openRoute,
  pathsFor,
  ROLES,
  type Role,
  seedDetailRecords,
} from "../routes.ts";

const OUT = path.resolve(import.meta.dirname, "../../screenshots");
const LANGUAGES = ["el", "en"] as const;
const VIEWPORTS = {
  desktop: { width: 1366, height: 900 },
  phone: { width: 360, height: 780 },
} as const;

/** A file-name-safe name for a path: "/" is "home", "/admin/users" is "admin-users". */
function slug(route: string): string {
  const name = route
    .replace(/^\//, "")
    .replace(/[^A-Za-z0-9-]+/g, "-")
    .replace(/-+$/, "");
  return name || "home";
}

type Shot = { role: Role; file: string; route: string; problem?: string };
const shots: Shot[] = [];

test.describe.configure({ mode: "serial" });
test.setTimeout(30 * 60_000);

let ids: Ids = {};
/** The signed-in contexts of each role (anonymous: a fresh context per language). */
const contexts: Partial<Record<Role, BrowserContext>> = {};

test.beforeAll(async ({ browser, signInAs }) => {
  rmSync(OUT, { recursive: true, force: true });
  for (const role of ROLES) mkdirSync(path.join(OUT, role), { recursive: true });
  const admin = await signInAs("coordinator");
  const request = admin.context.request;

  // the municipal roles: accounts of Larissa (a member), each with its own password, and
  // the records the detail pages show
  const signedIn: Partial<Record<Role, SignedIn>> = {
    officer: await newMunicipalUser(browser, admin, signInAs, "officer", "tour"),
    representative: await seedDetailRecords(browser, admin, signInAs, "tour"),
  };

  ids = await findIds(request);
  contexts.coordinator = admin.context;
  contexts.officer = signedIn.officer?.context;
  contexts.representative = signedIn.representative?.context;
});

async function shoot(page: Page, role: Role, route: string, file: string) {
  let problem: string | undefined;
  try {
    await openRoute(page, route);
  } catch (error) {
    problem = String(error instanceof Error ? error.message : error).split("\n")[0];
  }
  await page.screenshot({
    path: path.join(OUT, role, file),
    fullPage: true,
    animations: "disabled",
  });
  shots.push({ role, file: `${role}/${file}`, route, problem });
}

for (const role of ROLES) {
  for (const language of LANGUAGES) {
    test(`${role}, ${language}`, async ({ browser }) => {
      const context = contexts[role] ?? (await browser.newContext());
      await context.addInitScript(
        (lang) => window.localStorage.setItem("cni.lang", lang),
        language,
      );
      const page = await context.newPage();
      for (const [viewport, size] of Object.entries(VIEWPORTS)) {
        await page.setViewportSize(size);
        for (const route of pathsFor(role, ids)) {
          await shoot(page, role, route, `${language}-${viewport}-${slug(route)}.png`);
        }
      }
      await page.close();
      if (role === "anonymous") await context.close();
    });
  }
}

test.afterAll(() => {
  const html = (s: string) =>
    s.replace(
      /[&<>"]/g,
      (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c] ?? c,
    );
  const sections = ROLES.map((role) => {
    const files = new Set(
      readdirSync(path.join(OUT, role), { withFileTypes: true }).map((f) => f.name),
    );
    const routes = [...new Set(shots.filter((s) => s.role === role).map((s) => s.route))];
    const rows = routes.map((route) => {
      const cells = LANGUAGES.flatMap((language) =>
        Object.keys(VIEWPORTS).map((viewport) => {
          const name = `${language}-${viewport}-${slug(route)}.png`;
          const shot = shots.find((s) => s.file === `${role}/${name}`);
          if (!files.has(name)) return "<td>—</td>";
          const warn = shot?.problem ? `<p class="problem">${html(shot.problem)}</p>` : "";
          return `<td><a href="${role}/${name}"><img loading="lazy" src="${role}/${name}" alt="${html(`${route}, ${language}, ${viewport}`)}"></a>${warn}</td>`;
        }),
      );
      return `<tr><th scope="row"><code>${html(route)}</code></th>${cells.join("")}</tr>`;
    });
    return `<section id="${role}"><h2>${role}</h2><table><thead><tr><th scope="col">route</th><th scope="col">el, desktop</th><th scope="col">el, phone</th><th scope="col">en, desktop</th><th scope="col">en, phone</th></tr></thead><tbody>${rows.join("")}</tbody></table></section>`;
  });
  const problems = shots.filter((s) => s.problem).length;
  writeFileSync(
    path.join(OUT, "index.html"),
    `<!doctype html><html lang="en"><meta charset="utf-8"><title>CNI portal: screenshot tour</title>
<style>body{font-family:system-ui,sans-serif;margin:1rem}table{border-collapse:collapse}th,td{border:1px solid #ccc;padding:4px;vertical-align:top}img{width:220px;max-height:330px;object-fit:cover;object-position:top}td:nth-child(3) img,td:nth-child(5) img{width:110px}.problem{color:#b00020;max-width:220px;font-size:12px}nav a{margin-right:1rem}</style>
<h1>Screenshot tour</h1><p>${shots.length} screenshots, taken ${new Date().toISOString()}${problems ? `; ${problems} page(s) did not finish loading (marked in red)` : ""}. Click a picture for the full page.</p>
<nav>${ROLES.map((r) => `<a href="#${r}">${r}</a>`).join("")}</nav>${sections.join("")}</html>\n`,
  );
});
