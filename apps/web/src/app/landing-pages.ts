// The pages people arrive on from outside (a link, a search engine, a bookmark): for these
// the server names, in the page's HTML, the code and translations their first render needs,
// so the browser fetches them with the entry instead of after it has run (issue 16: LCP).
// Read by the router (their translation namespaces) and by the build
// (build/page-preloads-plugin.ts). Pure data: the build imports it outside the app.

export const DIRECTORY_NAMESPACES = ["directory", "withdrawals"];
export const ACTIVITIES_NAMESPACES = ["activities"];
export const MUNICIPALITY_NAMESPACES = ["directory", "withdrawals"];

export type LandingPage = {
  /** A path pattern: literal segments, or `:name` for any one segment. */
  path: string;
  /** The lazy page module, relative to apps/web. */
  module: string;
  /** Modules its route's loader imports to start the page's data (the same paths). */
  data?: string[];
  namespaces: string[];
};

export const LANDING_PAGES: LandingPage[] = [
  {
    path: "/",
    module: "src/features/directory/routes/directory.tsx",
    namespaces: DIRECTORY_NAMESPACES,
  },
  {
    path: "/municipalities",
    module: "src/features/directory/routes/directory.tsx",
    namespaces: DIRECTORY_NAMESPACES,
  },
  {
    path: "/municipalities/:id",
    module: "src/app/routes/municipality.tsx",
    data: [
      "src/entities/municipality/api.ts",
      "src/features/withdrawals/api/get-timeline.ts",
      "src/features/activities/api/municipality-activities.ts",
    ],
    namespaces: MUNICIPALITY_NAMESPACES,
  },
  {
    path: "/activities",
    module: "src/features/activities/routes/activities.tsx",
    data: ["src/features/activities/api/page-queries.ts"],
    namespaces: ACTIVITIES_NAMESPACES,
  },
];
