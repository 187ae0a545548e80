// zod before anything that parses with it
import "./lib/zod-config";
import "@fontsource/noto-sans/latin-400.css";
import "@fontsource/noto-sans/latin-700.css";
import "@fontsource/noto-sans/greek-400.css";
import "@fontsource/noto-sans/greek-700.css";
import "@mantine/core/styles.css";
import "@mantine/notifications/styles.css";
import "./styles/global.css";

import { StrictMode, startTransition } from "react";
import { createRoot } from "react-dom/client";
import { RouterProvider } from "react-router/dom";
import { AppProvider } from "./app/provider";
import { createRouter } from "./app/router";
import { getSessionQueryOptions } from "./entities/session/get-session";
import { currentLanguage, initI18n } from "./lib/i18n";
import { queryClient } from "./lib/query-client";

async function start() {
  // The session (and its CSRF token) is fetched once, in parallel with the translations;
  // the router starts the first page's code, translations and data at once too, instead of
  // after the common translations arrived (one round trip less before the page shows).
  void queryClient.prefetchQuery(getSessionQueryOptions());
  const translations = initI18n();
  // Let the browser breathe between evaluating the modules and starting the router (which
  // asks for the page's code and data): two shorter tasks instead of one long one.
  await new Promise((resolve) => setTimeout(resolve, 0));
  const router = createRouter();
  // the page's first formatted date and sorted list need Intl's locale data: loaded now,
  // while the page's code and data download (the module comes with the pages' shared code)
  void import("./lib/warm-intl").then(({ warmIntl }) => warmIntl(currentLanguage()));
  await translations;
  const root = document.getElementById("root");
  if (!root) throw new Error("#root is missing from index.html");
  // A transition, so React renders the first page in slices of a few milliseconds and the
  // main thread stays free for input (a plain render is one long task: ≈ 350 ms for the
  // directory on the bench machine, most of the page's Total Blocking Time).
  startTransition(() => {
    createRoot(root).render(
      <StrictMode>
        <AppProvider>
          <RouterProvider router={router} />
        </AppProvider>
      </StrictMode>,
    );
  });
}

void start();
