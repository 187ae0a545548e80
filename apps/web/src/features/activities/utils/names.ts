// Activity titles in the user's language: Greek first, English when the page is in English.
import type { Activity } from "@cni/contracts/activities";

/** The title in the page's language; the Greek one when there is no English title. */
export function activityTitle(a: Pick<Activity, "titleEl" | "titleEn">, language: string) {
  return language === "en" && a.titleEn ? a.titleEn : a.titleEl;
}

/** `lang` of the title shown, for screen readers. */
export function activityTitleLang(a: Pick<Activity, "titleEl" | "titleEn">, language: string) {
  return language === "en" && a.titleEn ? "en" : "el";
}
