import type { Municipality } from "@cni/contracts/municipalities";
import type { TFunction } from "i18next";
import { countByStatus } from "../utils/municipality";

/** "18 μέλη, 1 υποψήφιο" / "18 members, 1 applicant". */
export function statusCountsText(t: TFunction, items: readonly Pick<Municipality, "status">[]) {
  return countByStatus(items)
    .map(({ status, count }) => t(`counts.${status}`, { ns: "directory", count }))
    .join(", ");
}
