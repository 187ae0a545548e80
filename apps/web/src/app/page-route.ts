// A lazy page route: its module exports `Component`; its translation namespaces load in
// parallel with its code, and its data may start at navigation (`prefetch`), with the page's
// own exported queryOptions, while the code and translations download.
import type { ComponentType } from "react";
import type { LoaderFunctionArgs, RouteObject } from "react-router";
import { getSessionQueryOptions } from "@/entities/session/get-session";
import { loadNamespaces } from "@/lib/i18n";
import { type PrefetchOptions, prefetch, queryClient } from "@/lib/query-client";
import { DIRECTORY_NAMESPACES } from "./landing-pages";

export type Prefetch = (args: LoaderFunctionArgs) => Promise<PrefetchOptions | PrefetchOptions[]>;

export function page(
  load: () => Promise<{ Component: ComponentType }>,
  namespaces: string[] = [],
  data?: Prefetch,
): Pick<RouteObject, "lazy" | "loader"> {
  const loadComponent = async () => {
    const [module] = await Promise.all([load(), loadNamespaces(namespaces)]);
    return module.Component;
  };
  return {
    lazy: { Component: loadComponent },
    // Never awaited: navigation does not wait for the data, the page shows its skeleton.
    loader: data
      ? (args) => {
          void data(args).then(prefetch, () => undefined);
          return null;
        }
      : undefined,
  };
}

// A fresh `lazy` object per route: react-router consumes the one it is given. The directory's
// data is fetched with its code (the same queries the page reads, from its URL).
export const directory = () =>
  page(
    () => import("@/features/directory/routes/directory"),
    DIRECTORY_NAMESPACES,
    ({ request }) =>
      import("@/features/directory/api/directory-queries").then((m) =>
        m.directoryQueries(new URL(request.url).searchParams),
      ),
  );

// A municipality's page: the municipality and its latest activities at once, its timeline
// (keyed by who is signed in) once the session is known (main.tsx has already asked for it).
export const municipalityData: Prefetch = async ({ params }) => {
  const id = params.id ?? "";
  const user = queryClient.ensureQueryData(getSessionQueryOptions()).then(
    (session) => session.user,
    () => null,
  );
  const [entity, timeline, activities] = await Promise.all([
    import("@/entities/municipality/api"),
    import("@/features/withdrawals/api/get-timeline"),
    import("@/features/activities/api/municipality-activities"),
  ]);
  prefetch([entity.municipalityQueryOptions(id), activities.municipalityActivitiesQuery(id)]);
  return timeline.getTimelineQueryOptions(id, undefined, (await user)?.id);
};
