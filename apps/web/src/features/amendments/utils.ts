// Small helpers of the amendments feature.

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
