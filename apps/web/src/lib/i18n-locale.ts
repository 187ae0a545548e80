// Kept apart from i18n.ts so pure helpers (and their unit tests) need no i18next.

/** The locale Intl formatting uses: Greek, or British English (day/month/year, as in Greece). */
export function intlLocale(language: string): string {
  return language === "en" ? "en-GB" : "el-GR";
}
