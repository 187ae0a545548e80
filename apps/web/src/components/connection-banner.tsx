// Says, above every page, that the server cannot be reached: that the app keeps trying, a
// button to try now, and since when the data on screen is old (docs/decisions/111). The
// live region is always there, so screen readers hear the message when it appears.
import { useEffect, useState, useSyncExternalStore } from "react";
import { useTranslation } from "react-i18next";
import { connectionMonitor } from "@/lib/query-client";
import classes from "./connection-banner.module.css";

type Formatter = typeof import("@/lib/format");

export function useConnectionState() {
  return useSyncExternalStore(connectionMonitor.subscribe, connectionMonitor.getState);
}

export function ConnectionBanner() {
  const { t, i18n } = useTranslation("common");
  const state = useConnectionState();
  // The one formatter (and its time-zone library) stays out of the entry chunk: old data
  // on screen means a page has loaded, and with it the formatter's chunk, so this import
  // is answered from memory even without a connection.
  const [format, setFormat] = useState<Formatter | null>(null);
  const stale = state.staleSince !== null;
  useEffect(() => {
    if (stale && !format) {
      import("@/lib/format").then(setFormat, () => undefined);
    }
  }, [stale, format]);

  let message = t("connection.lost");
  if (state.staleSince !== null) {
    message = format
      ? t("connection.stale", {
          time: format.formatSince(new Date(state.staleSince).toISOString(), i18n.language),
        })
      : t("connection.staleUndated");
  }
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
