// How people type calendar dates in the SPA's date field: day/month/year, in both languages
// (docs/decisions/110). A typed text becomes an ISO 'YYYY-MM-DD' or nothing; never a guess
// between day and month.
import { formatIsoDate, isIsoDate } from "@cni/domain/dates";

const DMY = /^(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})$/;

/** '15/3/2026', '15-03-2026', '15.03.2026' or '2026-03-15' → '2026-03-15'; else null. */
export function parseTypedDate(value: string): string | null {
  const text = value.trim();
  if (isIsoDate(text)) return text;
  const m = DMY.exec(text);
  if (!m) return null;
  const iso = formatIsoDate(Number(m[3]), Number(m[2]), Number(m[1]));
  return isIsoDate(iso) ? iso : null;
}

/** '2026-11-30' → '30/11/2026', the text the field shows (and prints the same in el and en). */
export function toTypedDate(iso: string): string {
  const [year, month, day] = iso.split("-");
  return `${day}/${month}/${year}`;
}
