// Routes. Every page is a lazy route (its own chunk); the shell is in the entry chunk.
// A lazy page module exports `Component`. `page()` also loads the page's translation
// namespaces in parallel, so the page renders without a Suspense flash, and may start the
// page's data at navigation (`prefetch`): the page's own exported queryOptions are fetched
// while its code and translations download, instead of after the page first renders.
import { createBrowserRouter, type RouteObject } from "react-router";
import { ACTIVITIES_NAMESPACES, MUNICIPALITY_NAMESPACES } from "./landing-pages";
import { AppLayout } from "./layout/app-layout";
import { directory, municipalityData, page } from "./page-route";
import { HydrateFallback } from "./routes/hydrate-fallback";
import { NotFoundPage } from "./routes/not-found";
import { RouteError } from "./routes/route-error";

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
          { index: true, ...directory() },
          { path: "municipalities", ...directory() },
          {
            path: "municipalities/:id",
            ...page(
              () => import("./routes/municipality"),
              // the heading and facts; the sections' namespaces load with their chunk
              MUNICIPALITY_NAMESPACES,
              municipalityData,
            ),
          },
          {
            path: "withdrawals",
            ...page(() => import("@/features/withdrawals/routes/withdrawals"), ["withdrawals"]),
          },
          {
            path: "withdrawals/new",
            ...page(() => import("@/features/withdrawals/routes/new-withdrawal"), ["withdrawals"]),
          },
          {
            path: "withdrawals/:id",
            ...page(() => import("@/features/withdrawals/routes/withdrawal"), ["withdrawals"]),
          },
          {
            path: "network",
            ...page(
              () => import("@/features/network-history/routes/network"),
              ["network-history", "withdrawals"],
              () =>
                import("@/features/network-history/api/get-members-over-time").then((m) =>
                  m.getMembersOverTimeQueryOptions(),
                ),
            ),
          },
          {
            path: "activities",
            children: [
              {
                index: true,
                ...page(
                  () => import("@/features/activities/routes/activities"),
                  ACTIVITIES_NAMESPACES,
                  ({ request }) =>
                    import("@/features/activities/api/page-queries").then((m) =>
                      m.activitiesPageQueries(new URL(request.url).searchParams),
                    ),
                ),
              },
              {
                path: "calendar",
                ...page(() => import("@/features/activities/routes/calendar"), ["activities"]),
              },
              {
                path: "new",
                ...page(
                  () => import("@/features/activities/routes/activity-new"),
                  ["activities", "forms"],
                ),
              },
              {
                path: "propose",
                ...page(
                  () => import("@/features/activities/routes/activity-propose"),
                  ["activities", "forms"],
                ),
              },
              {
                path: "proposals",
                ...page(() => import("@/features/activities/routes/proposals"), ["activities"]),
              },
              {
                path: ":id",
                ...page(
                  () => import("@/features/activities/routes/activity"),
                  ["activities"],
                  ({ params }) =>
                    import("@/features/activities/api/get-activity").then((m) =>
                      m.getActivityQueryOptions(params.id ?? ""),
                    ),
                ),
              },
              {
                path: ":id/edit",
                ...page(
                  () => import("@/features/activities/routes/activity-edit"),
                  ["activities", "forms"],
                ),
              },
            ],
          },
          {
            path: "pillars/:pillar",
            ...page(() => import("@/features/activities/routes/pillar"), ["activities"]),
          },
          // Reviews, amendments, the MoU and the coordinators' dashboard (issue 7).
          {
            path: "reviews",
            children: [
              {
                index: true,
                ...page(
                  () => import("@/features/reviews/routes/reviews"),
                  ["reviews"],
                  () =>
                    import("@/features/reviews/api/get-reviews").then((m) =>
                      m.getReviewsQueryOptions(),
                    ),
                ),
              },
              {
                path: ":dueOn",
                ...page(() => import("@/features/reviews/routes/review"), ["reviews"]),
              },
              {
                path: ":dueOn/report",
                ...page(() => import("@/features/reviews/routes/report"), ["reviews"]),
              },
            ],
          },
          {
            path: "amendments",
            children: [
              {
                index: true,
                ...page(() => import("@/features/amendments/routes/amendments"), ["amendments"]),
              },
              {
                path: "new",
                ...page(() => import("@/features/amendments/routes/new-amendment"), ["amendments"]),
              },
              {
                path: ":id",
                ...page(() => import("@/features/amendments/routes/amendment"), ["amendments"]),
              },
            ],
          },
          { path: "mou", ...page(() => import("@/features/mou/routes/mou"), ["mou"]) },
          {
            path: "dashboard",
            ...page(() => import("@/features/dashboard/routes/dashboard"), ["dashboard"]),
          },
          // Accounts (issue 3): sign-in, registration, invitations; guarded pages by role.
          {
            path: "sign-in",
            ...page(() => import("@/features/auth/routes/sign-in"), ["auth", "forms"]),
          },
          {
            path: "register",
            ...page(() => import("@/features/auth/routes/register"), ["auth", "forms"]),
          },
          // Links carry their token in the fragment (#), never sent to the server (issue 13);
          // the first links' /invitations/<token> still opens.
          {
            path: "invitations/:token?",
            ...page(() => import("@/features/auth/routes/invitation"), ["auth", "forms"]),
          },
          {
            path: "forgot-password",
            ...page(() => import("@/features/auth/routes/forgot-password"), ["auth", "forms"]),
          },
          {
            path: "reset-password",
            ...page(() => import("@/features/auth/routes/reset-password"), ["auth", "forms"]),
          },
          {
            path: "account",
            ...page(() => import("@/features/account/routes/account"), ["account", "forms"]),
          },
          {
            ...page(
              () =>
                import("@/entities/session/require-role").then((m) => ({
                  Component: m.MunicipalUsersOnly,
                })),
              ["auth"],
            ),
            children: [
              {
                path: "my",
                ...page(
                  () => import("./routes/my-municipality"),
                  ["my-municipality", "withdrawals", "accessions"],
                ),
              },
              {
                path: "accession",
                ...page(
                  () => import("@/features/accessions/routes/my-accession"),
                  ["accessions", "forms"],
                ),
              },
            ],
          },
          {
            ...page(
              () =>
                import("@/entities/session/require-role").then((m) => ({
                  Component: m.CoordinatorsOnly,
                })),
              ["auth"],
            ),
            children: [
              {
                path: "admin/users",
                ...page(() => import("@/features/users/routes/users"), ["users", "forms"]),
              },
              {
                path: "admin/audit",
                ...page(() => import("@/features/audit/routes/audit"), ["audit"]),
              },
              {
                path: "admin/reminders",
                ...page(() => import("@/features/reminders/routes/reminders"), ["reminders"]),
              },
              {
                path: "admin/accessions",
                ...page(() => import("@/features/accessions/routes/review-queue"), ["accessions"]),
              },
              {
                path: "admin/accessions/:id",
                ...page(
                  () => import("@/features/accessions/routes/review-accession"),
                  ["accessions", "forms"],
                ),
              },
            ],
          },
          // Accession (issue 4): the notices inbox (officers, representatives, coordinators).
          {
            path: "notices",
            ...page(() => import("@/features/notices/routes/notices"), ["notices"]),
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
