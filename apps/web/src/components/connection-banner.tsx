// Says, above every page, that the server cannot be reached: that the app keeps trying, a
// button to try now, and since when the data on screen is old (docs/decisions/111). The
// live region is always there, so screen readers hear the message when it appears.
// The shell loads this module (and starts the monitor) right after the first render, in
// its own chunk: it costs nothing in the initial bundle, and it is downloaded while the
// server that just served the entry is still answering.
import { useSyncExternalStore } from "react";
import { useTranslation } from "react-i18next";
import { createConnectionMonitor } from "@/lib/connection-monitor";
import { formatSince } from "@/lib/format";
import { queryClient } from "@/lib/query-client";
import classes from "./connection-banner.module.css";

/** The app's queries' connection problems: automatic retries and this banner. */
export const connectionMonitor = createConnectionMonitor(queryClient);

export function useConnectionState() {
  return useSyncExternalStore(connectionMonitor.subscribe, connectionMonitor.getState);
}

export function ConnectionBanner() {
  const { t, i18n } = useTranslation("common");
  const state = useConnectionState();
  const message =
    state.staleSince === null
      ? t("connection.lost")
      : t("connection.stale", {
          time: formatSince(new Date(state.staleSince).toISOString(), i18n.language),
        });
  return (
    <div role="status" data-testid="connection-status">
      {state.problem && (
        <div className={classes.banner} data-testid="connection-banner">
          <p className={classes.text}>
            <span className={classes.title}>{t("connection.title")}: </span>
            {state.offline ? `${t("connection.offline")} ` : null}
            {message}
          </p>
          <span className={classes.actions}>
            {state.retrying && <span className={classes.retrying}>{t("connection.retrying")}</span>}
            <button type="button" className={classes.button} onClick={connectionMonitor.retryNow}>
              {t("connection.retryNow")}
            </button>
          </span>
        </div>
      )}
    </div>
  );
}
