// How dates are typed in this feature's date inputs: day/month/year, as in Greece.
import { formatIsoDate, isIsoDate } from "@cni/domain/dates";

export const DATE_INPUT_FORMAT = "DD/MM/YYYY";

/** '15/3/2026', '15-03-2026', '15.03.2026' or '2026-03-15' → '2026-03-15'; else null. */
export function parseTypedDate(value: string): string | null {
  const text = value.trim();
  if (isIsoDate(text)) return text;
  const m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(text);
  if (!m) return null;
  const iso = formatIsoDate(Number(m[3]), Number(m[2]), Number(m[1]));
  return isIsoDate(iso) ? iso : null;
}
