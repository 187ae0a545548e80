// Says, above every page, that the server cannot be reached: that the app keeps trying, a
// button to try now, and since when the data on screen is old (docs/decisions/111). The
// live region is always there, so screen readers hear the message when it appears.
import { useSyncExternalStore } from "react";
import { useTranslation } from "react-i18next";
import { formatSince } from "@/lib/format";
import { connectionMonitor } from "@/lib/query-client";
import classes from "./connection-banner.module.css";

export function useConnectionState() {
  return useSyncExternalStore(connectionMonitor.subscribe, connectionMonitor.getState);
}

export function ConnectionBanner() {
  const { t, i18n } = useTranslation("common");
  const state = useConnectionState();
  return (
    <div role="status" data-testid="connection-status">
      {state.problem && (
        <div className={classes.banner} data-testid="connection-banner">
          <p className={classes.text}>
            <span className={classes.title}>{t("connection.title")}: </span>
            {state.offline ? `${t("connection.offline")} ` : null}
            {state.staleSince !== null
              ? t("connection.stale", {
                  time: formatSince(new Date(state.staleSince).toISOString(), i18n.language),
                })
              : t("connection.lost")}
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
