// Intl's first date formatter or collator for a locale loads ICU data: 20–35 ms each on the
// bench machine, spent inside whichever render first formats a date or sorts names — in the
// task that commits a page's rows (issue 16: a municipality's page lost ≈ 30 ms of Total
// Blocking Time to its first `formatDate`). Made while the page's code and data download,
// each in a task of its own, they are ready when the rows render.
import { athensToday } from "@cni/domain/dates";
import { formatDate, formatDateTime } from "./format";
import { collator } from "./text";

export function warmIntl(language: string): void {
  const steps = [
    () => formatDate("2026-01-01", language),
    () => formatDate("2026-01-01", language, "long"),
    () => formatDateTime("2026-01-01T00:00:00Z", language),
    () => collator(language).compare("α", "β"),
    () => athensToday(),
  ];
  const next = () => {
    const step = steps.shift();
    if (!step) return;
    step();
    setTimeout(next, 0);
  };
  setTimeout(next, 0);
}
