import { useIsFetching, useIsMutating } from "@tanstack/react-query";
import { useEffect } from "react";

/**
 * Marks the document `data-busy` while any query is fetching or any mutation runs, so the
 * end-to-end tests know when a page's data has arrived instead of waiting for the network
 * to fall silent for half a second (see e2e/routes.ts, `openRoute`).
 */
export function BusyMarker() {
  const busy = useIsFetching() + useIsMutating() > 0;
  useEffect(() => {
    if (busy) document.documentElement.dataset.busy = "true";
    else delete document.documentElement.dataset.busy;
  }, [busy]);
  return null;
}
