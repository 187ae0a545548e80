import { isIsoDate } from "@cni/domain/dates";
import { z } from "zod";

export const MIN_DATE = "1900-01-01";
export const MAX_DATE = "2999-12-31";

/** A calendar date 'YYYY-MM-DD' (Athens calendar), checked to be a real date. */
export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "Expected a date as YYYY-MM-DD")
  .refine(isIsoDate, { message: "Not a calendar date", params: { code: "invalidDate" } })
  // Legal dates of a network founded in 2018: anything outside these years is a mistake,
  // and date arithmetic near year 9999 would overflow.
  .refine((value) => value >= MIN_DATE && value <= MAX_DATE, {
    message: `Expected a date from ${MIN_DATE} to ${MAX_DATE}`,
    params: { code: "invalidDate" },
  })
  .meta({ format: "date", example: "2024-06-17" });

/** An instant, ISO-8601 in UTC. Dates from Prisma are encoded as strings. */
export const instant = z.iso.datetime().meta({ example: "2026-11-25T10:00:00.000Z" });

/** A comma list in a query string, e.g. `status=member,applicant`. */
export function commaList<T extends z.ZodType<string, string>>(item: T) {
  return z
    .string()
    .transform((value) =>
      value
        .split(",")
        .map((part) => part.trim())
        .filter(Boolean),
    )
    .pipe(z.array(item));
}

export const idParams = z.object({ id: z.string().min(1).max(100) });

/** RFC 9457 problem details, as every error response is shaped. */
export const problem = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    detail: z.string().optional(),
    code: z.string().optional(),
    errors: z
      .array(z.object({ path: z.string(), message: z.string(), code: z.string().optional() }))
      .optional(),
  })
  .meta({ id: "Problem" });
export type Problem = z.infer<typeof problem>;

export const pageQuery = z.object({
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});

/**
 * How a CSV export is written: `rfc4180` (the default) — comma-separated, RFC 4180, UTF-8
 * with a BOM; `excel` — semicolon-separated, UTF-8 with a BOM: what Excel set to Greek (or
 * any locale whose decimal mark is a comma) opens straight into columns.
 */
export const csvFormat = z.enum(["rfc4180", "excel"]);
export type CsvFormat = z.infer<typeof csvFormat>;
export const csvFormatQuery = z.object({
  format: csvFormat.optional().meta({
    description:
      "rfc4180 (default): comma-separated, RFC 4180. excel: semicolon-separated, for Excel with Greek regional settings. Both UTF-8 with a BOM, CRLF line ends.",
  }),
});
