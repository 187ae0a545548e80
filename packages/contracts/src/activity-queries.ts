// The activities' query strings: the list's and the matrix's filters, the page and the sort.
// A module of its own so the SPA's activities page, which reads its URL with these very
// schemas, does not build every activity schema (the forms', the responses') when it loads
// (issue 16); activities.ts re-exports them for everyone else.
import { z } from "zod";
import { commaList, isoDate } from "./common.ts";
import { activityStatus, activityType, pillar, visibility } from "./enums.ts";

export const ACTIVITY_SORTS = ["startsOn", "-startsOn", "updated"] as const;
export const activitySort = z.enum(ACTIVITY_SORTS);
export type ActivitySort = z.infer<typeof activitySort>;

const booleanParam = z.enum(["true", "false"]).transform((value) => value === "true");

/** The filters of the list, the matrix, the ICS feed and the CSV export. */
export const activityFilter = z.object({
  pillar: commaList(pillar).optional(),
  type: commaList(activityType).optional(),
  status: commaList(activityStatus).optional(),
  /** Activities that overlap the range: end (or start) on or after `from`. */
  from: isoDate.optional(),
  /** …and start on or before `to`. */
  to: isoDate.optional(),
  q: z.string().max(200).optional(),
  /** Hosted by or taking part: both count. */
  municipalityId: z.string().max(100).optional(),
  visibility: visibility.optional(),
  /**
   * false: the proposals waiting for publication (coordinators see all of them, a
   * proposer their own, anyone else none). Default true.
   */
  published: booleanParam.optional(),
});
export type ActivityFilter = z.output<typeof activityFilter>;

export const activityListQuery = activityFilter.extend({
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
  sort: activitySort.default("-startsOn"),
});
export type ActivityListQuery = z.input<typeof activityListQuery>;
