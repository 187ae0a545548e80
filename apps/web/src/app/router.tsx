// Routes. Every page is a lazy route (its own chunk); the shell is in the entry chunk.
// A lazy page module exports `Component`. `page()` also loads the page's translation
// namespaces in parallel, so the page renders without a Suspense flash.
import type { ComponentType } from "react";
import { createBrowserRouter, type RouteObject } from "react-router";
import { loadNamespaces } from "@/lib/i18n";
import { AppLayout } from "./layout/app-layout";
import { HydrateFallback } from "./routes/hydrate-fallback";
import { NotFoundPage } from "./routes/not-found";
import { RouteError } from "./routes/route-error";

function page(
  load: () => Promise<{ Component: ComponentType }>,
  namespaces: string[] = [],
): RouteObject["lazy"] {
  const loadComponent = async () => {
    const [module] = await Promise.all([load(), loadNamespaces(namespaces)]);
    return module.Component;
  };
  return { Component: loadComponent };
}

// A fresh `lazy` object per route: react-router consumes the one it is given.
const directory = () =>
  page(() => import("@/features/directory/routes/directory"), ["directory", "withdrawals"]);

export const routes: RouteObject[] = [
  {
    id: "root",
    Component: AppLayout,
    HydrateFallback,
    ErrorBoundary: RouteError,
    children: [
      {
        ErrorBoundary: RouteError,
        children: [
          { index: true, lazy: directory() },
          { path: "municipalities", lazy: directory() },
          {
            path: "municipalities/:id",
            lazy: page(() => import("./routes/municipality"), ["directory", "withdrawals"]),
          },
          {
            path: "withdrawals",
            lazy: page(() => import("@/features/withdrawals/routes/withdrawals"), ["withdrawals"]),
          },
          {
            path: "withdrawals/new",
            lazy: page(
              () => import("@/features/withdrawals/routes/new-withdrawal"),
              ["withdrawals"],
            ),
          },
          {
            path: "withdrawals/:id",
            lazy: page(() => import("@/features/withdrawals/routes/withdrawal"), ["withdrawals"]),
          },
          {
            path: "network",
            lazy: page(
              () => import("@/features/network-history/routes/network"),
              ["network-history", "withdrawals"],
            ),
          },
          {
            path: "activities",
            children: [
              {
                index: true,
                lazy: page(() => import("@/features/activities/routes/activities"), ["activities"]),
              },
              {
                path: "calendar",
                lazy: page(() => import("@/features/activities/routes/calendar"), ["activities"]),
              },
              {
                path: "new",
                lazy: page(
                  () => import("@/features/activities/routes/activity-new"),
                  ["activities"],
                ),
              },
              {
                path: "propose",
                lazy: page(
                  () => import("@/features/activities/routes/activity-propose"),
                  ["activities"],
                ),
              },
              {
                path: "proposals",
                lazy: page(() => import("@/features/activities/routes/proposals"), ["activities"]),
              },
              {
                path: ":id",
                lazy: page(() => import("@/features/activities/routes/activity"), ["activities"]),
              },
              {
                path: ":id/edit",
                lazy: page(
                  () => import("@/features/activities/routes/activity-edit"),
                  ["activities"],
                ),
              },
            ],
          },
          {
            path: "pillars/:pillar",
            lazy: page(() => import("@/features/activities/routes/pillar"), ["activities"]),
          },
          // Reviews, amendments, the MoU and the coordinators' dashboard (issue 7).
          {
            path: "reviews",
            children: [
              {
                index: true,
                lazy: page(() => import("@/features/reviews/routes/reviews"), ["reviews"]),
              },
              {
                path: ":dueOn",
                lazy: page(() => import("@/features/reviews/routes/review"), ["reviews"]),
              },
              {
                path: ":dueOn/report",
                lazy: page(() => import("@/features/reviews/routes/report"), ["reviews"]),
              },
            ],
          },
          {
            path: "amendments",
            children: [
              {
                index: true,
                lazy: page(() => import("@/features/amendments/routes/amendments"), ["amendments"]),
              },
              {
                path: "new",
                lazy: page(
                  () => import("@/features/amendments/routes/new-amendment"),
                  ["amendments"],
                ),
              },
              {
                path: ":id",
                lazy: page(() => import("@/features/amendments/routes/amendment"), ["amendments"]),
              },
            ],
          },
          { path: "mou", lazy: page(() => import("@/features/mou/routes/mou"), ["mou"]) },
          {
            path: "dashboard",
            lazy: page(() => import("@/features/dashboard/routes/dashboard"), ["dashboard"]),
          },
          // Accounts (issue 3): sign-in, registration, invitations; guarded pages by role.
          {
            path: "sign-in",
            lazy: page(() => import("@/features/auth/routes/sign-in"), ["auth", "forms"]),
          },
          {
            path: "register",
            lazy: page(() => import("@/features/auth/routes/register"), ["auth", "forms"]),
          },
          {
            path: "invitations/:token",
            lazy: page(() => import("@/features/auth/routes/invitation"), ["auth", "forms"]),
          },
          {
            lazy: page(
              () =>
                import("@/entities/session/require-role").then((m) => ({
                  Component: m.MunicipalUsersOnly,
                })),
              ["auth"],
            ),
            children: [
              {
                path: "my",
                lazy: page(
                  () => import("./routes/my-municipality"),
                  ["my-municipality", "withdrawals", "accessions"],
                ),
              },
              {
                path: "accession",
                lazy: page(
                  () => import("@/features/accessions/routes/my-accession"),
                  ["accessions", "forms"],
                ),
              },
            ],
          },
          {
            lazy: page(
              () =>
                import("@/entities/session/require-role").then((m) => ({
                  Component: m.CoordinatorsOnly,
                })),
              ["auth"],
            ),
            children: [
              {
                path: "admin/users",
                lazy: page(() => import("@/features/users/routes/users"), ["users", "forms"]),
              },
              {
                path: "admin/audit",
                lazy: page(() => import("@/features/audit/routes/audit"), ["audit"]),
              },
              {
                path: "admin/accessions",
                lazy: page(
                  () => import("@/features/accessions/routes/review-queue"),
                  ["accessions"],
                ),
              },
              {
                path: "admin/accessions/:id",
                lazy: page(
                  () => import("@/features/accessions/routes/review-accession"),
                  ["accessions", "forms"],
                ),
              },
            ],
          },
          // Accession (issue 4): the notices inbox (officers, representatives, coordinators).
          {
            path: "notices",
            lazy: page(() => import("@/features/notices/routes/notices"), ["notices"]),
          },
          // Small and already in the entry (the error boundary shows it for 404s).
          { path: "*", Component: NotFoundPage },
        ],
      },
    ],
  },
];

export function createRouter() {
  return createBrowserRouter(routes);
}
