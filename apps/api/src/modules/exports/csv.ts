// RFC 4180 CSV: CRLF line ends, every field quoted when it holds a comma, a quote or a
// line break (quotes doubled). Fields that a spreadsheet would run as a formula
// (=, +, -, @, tab, CR at the start) are prefixed with an apostrophe (OWASP "CSV injection").

const NEEDS_QUOTES = /[",\r\n]/;
const FORMULA_START = /^[=+\-@\t\r]/;

export function csvField(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return "";
  let text = String(value);
  if (typeof value === "string" && FORMULA_START.test(text)) text = `'${text}`;
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** The whole file, with a UTF-8 byte order mark so spreadsheet programs read Greek right. */
export function toCsv(header: string[], rows: (string | number | boolean | null)[][]): string {
  const lines = [header, ...rows].map((row) => row.map(csvField).join(","));
  return `\uFEFF${lines.join("\r\n")}\r\n`;
}
