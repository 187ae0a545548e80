// Small helpers of the amendments feature.

/** The Athens calendar date ('YYYY-MM-DD') of an instant, for display with formatDate. */
export function athensDate(iso: string): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Athens" }).format(new Date(iso));
}

/** The label of a MoU clause id in the user's language, or the id itself. */
export function clauseLabel(
  clauses: { id: string; labelEl: string; labelEn: string }[] | undefined,
  id: string,
  language: string,
): string {
  const found = clauses?.find((c) => c.id === id);
  if (!found) return id;
  return language === "en" ? found.labelEn : found.labelEl;
}
