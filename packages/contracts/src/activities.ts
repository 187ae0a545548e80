// Network activities: the MoU's eight cooperation activity types (an indicative list, hence
// `other` too) under the 3 thematic pillars.
// The same create/update schema validates the API body and drives the SPA form, so the
// cross-field rules (≥ 1 pillar, end on or after start, funding fields only for funding)
// are written once.
import { z } from "zod";
import { instant, isoDate } from "./common.ts";
import { activityStatus, activityType, pillar, visibility } from "./enums.ts";

/**
 * The messages of the rules below. Stable: the SPA translates a field error by them,
 * whether it comes from its own validation or from a 400 of the API.
 */
export const ACTIVITY_ISSUES = {
  pillarRequired: "Choose at least one pillar",
  pillarDuplicate: "A pillar is listed twice",
  endsBeforeStart: "The end date must be on or after the start date",
  fundingProgrammeRequired: "The funding programme is required for a funding activity",
  fundingDeadlineRequired: "The funding deadline is required for a funding activity",
  fundingOnlyForFunding: "Only a funding activity has a funding programme and deadline",
  linkNotHttp: "The link must be a web address starting with http:// or https://",
  hostAlsoParticipant: "The host municipality is not also listed as a participant",
  participantDuplicate: "A municipality is listed twice",
} as const;
export type ActivityIssue = keyof typeof ACTIVITY_ISSUES;

/** Optional text: empty or blank becomes null. */
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .nullish()
    .transform((value) => value || null);

/** Optional date: empty becomes null, anything else must be a calendar date. */
const optionalDate = z
  .union([z.literal(""), isoDate])
  .nullish()
  .transform((value) => value || null);

const municipalityRef = z.string().trim().min(1).max(100);

/** An absolute http(s) address with a host. */
function isHttpUrl(value: string): boolean {
  if (!/^https?:\/\/\S+$/i.test(value)) return false;
  try {
    const url = new URL(value);
    return (url.protocol === "http:" || url.protocol === "https:") && url.hostname.length > 0;
  } catch {
    return false;
  }
}

/** The fields of an activity as a coordinator writes them (before the cross-field rules). */
export const activityFields = z.object({
  titleEl: z.string().trim().min(1).max(300),
  titleEn: optionalText(300),
  summary: z.string().trim().min(1).max(5000),
  type: activityType,
  pillars: z.array(pillar).min(1, ACTIVITY_ISSUES.pillarRequired),
  startsOn: isoDate,
  endsOn: optionalDate,
  hostMunicipalityId: optionalText(100),
  participantMunicipalityIds: z.array(municipalityRef).max(100).default([]),
  status: activityStatus.default("planned"),
  visibility: visibility.default("public"),
  location: optionalText(300),
  link: optionalText(2000).refine((value) => value === null || isHttpUrl(value), {
    message: ACTIVITY_ISSUES.linkNotHttp,
    params: { code: "linkNotHttp" },
  }),
  fundingProgramme: optionalText(300),
  fundingDeadline: optionalDate,
});

type FieldsOutput = z.output<typeof activityFields>;

/**
 * The rules across fields. Runs even when single fields already failed, so the form shows
 * every problem at once; it only looks at fields that parsed. Each broken rule is named by
 * its key of ACTIVITY_ISSUES (the stable code clients word it by).
 */
export function checkActivityRules(
  value: Partial<FieldsOutput>,
  add: (path: keyof FieldsOutput, issue: ActivityIssue) => void,
): void {
  const pillars = Array.isArray(value.pillars) ? value.pillars : [];
  if (new Set(pillars).size !== pillars.length) add("pillars", "pillarDuplicate");
  if (
    typeof value.startsOn === "string" &&
    typeof value.endsOn === "string" &&
    value.endsOn < value.startsOn
  ) {
    add("endsOn", "endsBeforeStart");
  }
  if (value.type === "funding") {
    if (!value.fundingProgramme) add("fundingProgramme", "fundingProgrammeRequired");
    if (!value.fundingDeadline) add("fundingDeadline", "fundingDeadlineRequired");
  } else if (value.type !== undefined) {
    if (value.fundingProgramme) add("fundingProgramme", "fundingOnlyForFunding");
    if (value.fundingDeadline) add("fundingDeadline", "fundingOnlyForFunding");
  }
  const participants = Array.isArray(value.participantMunicipalityIds)
    ? value.participantMunicipalityIds
    : [];
  if (new Set(participants).size !== participants.length) {
    add("participantMunicipalityIds", "participantDuplicate");
  }
  if (value.hostMunicipalityId && participants.includes(value.hostMunicipalityId)) {
    add("participantMunicipalityIds", "hostAlsoParticipant");
  }
}

/** POST /api/activities body, and the coordinator's form. */
export const activityInput = activityFields.superRefine((value, ctx) =>
  checkActivityRules(value, (path, issue) =>
    ctx.addIssue({
      code: "custom",
      path: [path],
      message: ACTIVITY_ISSUES[issue],
      params: { code: issue },
      input: value,
    }),
  ),
);
export type ActivityInput = z.input<typeof activityInput>;
export type ActivityInputParsed = z.output<typeof activityInput>;

/**
 * PATCH /api/activities/:id body: any subset of the fields. The API merges it with the
 * stored activity and checks the whole with `activityInput` (so the cross-field rules
 * hold for the result).
 */
export const activityPatch = activityFields.partial().extend({
  participantMunicipalityIds: z.array(municipalityRef).max(100).optional(),
  status: activityStatus.optional(),
  visibility: visibility.optional(),
});
export type ActivityPatch = z.input<typeof activityPatch>;

/**
 * POST /api/activities/proposals body (an officer or representative proposes): the
 * host defaults to the proposer's municipality; the only participant they may name is
 * their own municipality.
 */
export const activityProposalInput = activityInput;

const municipalityName = z.object({ id: z.string(), nameEl: z.string(), nameEn: z.string() });
export type MunicipalityName = z.infer<typeof municipalityName>;

export const activity = z
  .object({
    id: z.string(),
    titleEl: z.string(),
    titleEn: z.string().nullable(),
    summary: z.string(),
    type: activityType,
    pillars: z.array(pillar),
    startsOn: isoDate,
    endsOn: isoDate.nullable(),
    hostMunicipalityId: z.string().nullable(),
    host: municipalityName.nullable(),
    participantMunicipalityIds: z.array(z.string()),
    participants: z.array(municipalityName),
    status: activityStatus,
    visibility,
    location: z.string().nullable(),
    link: z.string().nullable(),
    fundingProgramme: z.string().nullable(),
    fundingDeadline: isoDate.nullable(),
    /** false: a member's proposal a coordinator has not published yet. */
    published: z.boolean(),
    /** Who proposed it: shown to coordinators only (null for everyone else). */
    proposedBy: z.object({ id: z.string(), name: z.string() }).nullable(),
    /** The signed-in user proposed it (their own proposals are visible to them). */
    proposedByMe: z.boolean(),
    createdAt: instant,
    updatedAt: instant,
  })
  .meta({ id: "Activity" });
export type Activity = z.infer<typeof activity>;

export {
  ACTIVITY_SORTS,
  type ActivityFilter,
  type ActivityListQuery,
  type ActivitySort,
  activityFilter,
  activityListQuery,
  activitySort,
} from "./activity-queries.ts";

export const activityList = z
  .object({
    items: z.array(activity),
    total: z.number().int(),
    page: z.number().int(),
    pageSize: z.number().int(),
  })
  .meta({ id: "ActivityList" });
export type ActivityList = z.infer<typeof activityList>;

/** Counts per type × pillar (an activity under two pillars counts in both columns). */
export const activityMatrix = z
  .object({
    cells: z.array(z.object({ type: activityType, pillar, count: z.number().int() })),
    /** Activities per type (each once, whatever its pillars). */
    byType: z.array(z.object({ type: activityType, count: z.number().int() })),
    /** Activities per pillar. */
    byPillar: z.array(z.object({ pillar, count: z.number().int() })),
    total: z.number().int(),
  })
  .meta({ id: "ActivityMatrix" });
export type ActivityMatrix = z.infer<typeof activityMatrix>;

/** A pillar in a path; an unknown one is a 404, not a 400. */
export const pillarParams = z.object({ pillar: z.string().max(50) });

export const pillarDetail = z
  .object({
    pillar,
    nameEl: z.string(),
    nameEn: z.string(),
    descriptionEl: z.string(),
    descriptionEn: z.string(),
    total: z.number().int(),
    byType: z.array(z.object({ type: activityType, count: z.number().int() })),
    /** Municipalities hosting or taking part in the pillar's visible activities. */
    municipalities: z.array(
      municipalityName.extend({ hosted: z.number().int(), joined: z.number().int() }),
    ),
  })
  .meta({ id: "PillarDetail" });
export type PillarDetail = z.infer<typeof pillarDetail>;

export const myPillars = z.object({ pillars: z.array(pillar) }).meta({ id: "MyPillars" });
export type MyPillars = z.infer<typeof myPillars>;

export const myPillarsInput = z.object({
  pillars: z
    .array(pillar)
    .max(3)
    .refine((list) => new Set(list).size === list.length, {
      message: ACTIVITY_ISSUES.pillarDuplicate,
      params: { code: "pillarDuplicate" },
    }),
});
export type MyPillarsInput = z.input<typeof myPillarsInput>;
