// Pure helpers for showing and ordering municipalities (no React, no i18next).
import type { Municipality } from "@cni/contracts/municipalities";
import { MEMBERSHIP_STATUSES, type MembershipStatus } from "@cni/domain/enums";
import { municipalityShortName } from "@/entities/municipality/name";
import { formatDate } from "@/lib/format";
import { collator } from "@/lib/text";

type Regions = Pick<Municipality, "region" | "regionEn">;

/** The region (περιφέρεια) in the user's language. */
export function regionLabel(m: Regions, language: string): string {
  return language === "en" ? m.regionEn : m.region;
}

/** The regional unit (περιφερειακή ενότητα) in the user's language. */
export function regionalUnitLabel(
  m: Pick<Municipality, "regionalUnit" | "regionalUnitEn">,
  language: string,
): string {
  return language === "en" ? m.regionalUnitEn : m.regionalUnit;
}

export type MemberSince =
  | { kind: "exact"; date: string; text: string }
  | { kind: "onOrBefore"; date: string; text: string }
  | { kind: "none" };

/**
 * When the municipality became a member. For the 16 members that acceded before the
 * updated MoU the source only says "on or before 2024-06-17": that is never shown as an
 * exact date.
 */
export function memberSince(
  m: Pick<Municipality, "memberSince" | "memberSinceOnOrBefore">,
  language: string,
): MemberSince {
  if (m.memberSince) {
    return { kind: "exact", date: m.memberSince, text: formatDate(m.memberSince, language) };
  }
  if (m.memberSinceOnOrBefore) {
    return {
      kind: "onOrBefore",
      date: m.memberSinceOnOrBefore,
      text: formatDate(m.memberSinceOnOrBefore, language),
    };
  }
  return { kind: "none" };
}

export const SORT_KEYS = ["name", "region", "memberSince"] as const;
export type SortKey = (typeof SORT_KEYS)[number];

export function isSortKey(value: unknown): value is SortKey {
  return typeof value === "string" && (SORT_KEYS as readonly string[]).includes(value);
}

/** A member since an exact date sorts before one "on or before" the same date. */
function sinceRank(m: Municipality): [string, number] | null {
  if (m.memberSince) return [m.memberSince, 0];
  if (m.memberSinceOnOrBefore) return [m.memberSinceOnOrBefore, 1];
  return null;
}

/** A sorted copy: by name (Greek collation in Greek), region then name, or member since. */
export function sortMunicipalities(
  items: readonly Municipality[],
  key: SortKey,
  language: string,
): Municipality[] {
  const compare = collator(language).compare;
  const byName = (a: Municipality, b: Municipality) =>
    compare(municipalityShortName(a, language), municipalityShortName(b, language));
  const copy = [...items];
  switch (key) {
    case "name":
      return copy.sort(byName);
    case "region":
      return copy.sort(
        (a, b) => compare(regionLabel(a, language), regionLabel(b, language)) || byName(a, b),
      );
    case "memberSince":
      return copy.sort((a, b) => {
        const ra = sinceRank(a);
        const rb = sinceRank(b);
        if (ra && rb) {
          if (ra[0] !== rb[0]) return ra[0] < rb[0] ? -1 : 1;
          if (ra[1] !== rb[1]) return ra[1] - rb[1];
        } else if (ra || rb) {
          return ra ? -1 : 1;
        }
        return byName(a, b);
      });
  }
}

/**
 * The order statuses are counted and listed in: members first, then those whose status the
 * source does not give ("2 members, 16 unknown" as of 2020-01-01: never "not members").
 */
const COUNT_ORDER: MembershipStatus[] = [
  "member",
  "unknown",
  "applicant",
  "withdrawing",
  "former",
  "none",
];

/** How many municipalities have each status ("18 μέλη, 1 υποψήφιο"), members first. */
export function countByStatus(
  items: readonly Pick<Municipality, "status">[],
): { status: MembershipStatus; count: number }[] {
  return COUNT_ORDER.map((status) => ({
    status,
    count: items.filter((m) => m.status === status).length,
  })).filter(({ count }) => count > 0);
}

/**
 * The distinct regions of a list as filter options, sorted for the language. The value is
 * the Greek name (the API matches either name); the label follows the language.
 */
export function regionsOf(
  items: readonly Regions[],
  language: string,
): { value: string; label: string }[] {
  const byValue = new Map<string, string>();
  for (const m of items) byValue.set(m.region, regionLabel(m, language));
  const compare = collator(language).compare;
  return [...byValue]
    .map(([value, label]) => ({ value, label }))
    .sort((a, b) => compare(a.label, b.label));
}

export function parseStatuses(value: string | null): MembershipStatus[] {
  if (!value) return [];
  return value
    .split(",")
    .filter((s): s is MembershipStatus => (MEMBERSHIP_STATUSES as readonly string[]).includes(s));
}
