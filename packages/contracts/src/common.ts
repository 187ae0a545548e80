import { isIsoDate } from "@cni/domain/dates";
import { z } from "zod";

/** A calendar date 'YYYY-MM-DD' (Athens calendar), checked to be a real date. */
export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "Expected a date as YYYY-MM-DD")
  .refine(isIsoDate, "Not a calendar date")
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
