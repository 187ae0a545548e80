// Messages shown to users for failed requests, translated by code first, then by status.
// Keys live in locales/<lang>/common.json under "errors". A feature can add messages for
// its own codes in its namespace under "errors.code.<CODE>" and pass that namespace.
import type { TFunction } from "i18next";
import { isApiError } from "./api-client";

const KNOWN_STATUSES = [0, 400, 401, 403, 404, 409, 413, 415, 422, 429, 500, 502, 503];

export function errorMessage(t: TFunction, error: unknown, namespace = "common"): string {
  if (isApiError(error)) {
    if (error.code) {
      const byCode = t(`errors.code.${error.code}`, {
        ns: [namespace, "common"],
        defaultValue: "",
      });
      if (byCode) return byCode;
    }
    if (KNOWN_STATUSES.includes(error.status)) {
      return t(`errors.status.${error.status}`, { ns: "common" });
    }
    if (error.status >= 500) return t("errors.status.500", { ns: "common" });
  }
  return t("errors.unknown", { ns: "common" });
}
