// CSV files (RFC 4180, UTF-8 with a byte-order mark so spreadsheet programs read Greek
// right), in two dialects: comma-separated (RFC 4180, the default) and semicolon-separated
// ("excel": Excel in a locale whose decimal mark is a comma — Greek included — splits
// columns on `;` and opens a comma file as one column). Both are written by csv-stringify with ONE guard against formula injection for every
// export: text that a spreadsheet would run as a formula (=, +, -, @, tab or CR first) gets
// a leading apostrophe (OWASP "CSV injection"). Numbers are numbers (-1 stays -1).
import type { CsvFormat } from "@cni/contracts/common";
import { type Options, stringify } from "csv-stringify/sync";

const FORMULA_START = /^[=+\-@\t\r]/;

/** Text that a spreadsheet would evaluate, made inert with a leading apostrophe. */
export function neutralizeFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

export type CsvValue = string | number | boolean | null | undefined;

const OPTIONS: Options = {
  record_delimiter: "\r\n",
  // csv-stringify quotes fields with the delimiter or a quote; a line break too (RFC 4180)
  quoted_match: /[\r\n]/,
  cast: { string: neutralizeFormula, boolean: (value) => String(value) },
};

/** One field as it appears in a row (quoted when it needs to be). */
export function csvField(value: CsvValue): string {
  return stringify([[value]], { ...OPTIONS, record_delimiter: "" }).replace(/\r\n$/, "");
}

export type { CsvFormat } from "@cni/contracts/common";

/** The field separator of each dialect. */
export const CSV_DELIMITER: Record<CsvFormat, string> = { rfc4180: ",", excel: ";" };

/**
 * The whole file: the header row, then the rows, each ended by CRLF, after a BOM; fields
 * holding the separator, a quote or a line break are quoted.
 */
export function toCsv(
  header: readonly string[],
  rows: readonly (readonly CsvValue[])[],
  format: CsvFormat = "rfc4180",
): string {
  return stringify([header, ...rows] as CsvValue[][], {
    ...OPTIONS,
    delimiter: CSV_DELIMITER[format],
    bom: true,
  });
}

/** The download's file name: the Excel dialect says so, so both can sit in one folder. */
export function csvFilename(base: string, format: CsvFormat = "rfc4180"): string {
  return format === "excel" ? `${base}-excel.csv` : `${base}.csv`;
}
