// A user's followed pillars (User.followedPillars, stored as a comma list).
import { isOneOf, PILLARS, type Pillar } from "@cni/domain/enums";

/** The stored comma list as pillars in canonical order (unknown names are dropped). */
export function parseFollowedPillars(value: string | null | undefined): Pillar[] {
  const list = (value ?? "")
    .split(",")
    .map((p) => p.trim())
    .filter((p): p is Pillar => isOneOf(PILLARS, p));
  return PILLARS.filter((p) => list.includes(p));
}
