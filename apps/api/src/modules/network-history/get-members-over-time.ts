import type { MembersOverTime } from "@cni/contracts/network-history";
import { athensToday, type IsoDate } from "@cni/domain/dates";
import { membershipStatusOn, NETWORK_FOUNDED_ON } from "@cni/domain/membership";
import { withdrawalEffectiveOn } from "@cni/domain/withdrawal";
import type { Db } from "../../db/client.ts";
import { loadMembershipFacts } from "../../lib/parties.ts";

/**
 * GET /api/network/members-over-time — the number of parties (members and withdrawing
 * members), of withdrawing ones, and of members whose status the source does not give
 * (`unknown`, never counted as non-members), at every date one of them may change, up to
 * today, and today itself.
 */
export async function getMembersOverTime(
  db: Db,
  { today = athensToday() }: { today?: IsoDate } = {},
): Promise<MembersOverTime> {
  const facts = [...(await loadMembershipFacts(db)).values()];
  const dates = new Set<IsoDate>([today, NETWORK_FOUNDED_ON]);
  for (const f of facts) {
    for (const p of f.periods) {
      const start = p.startsOn ?? p.startsOnOrBefore;
      if (start) dates.add(start);
    }
    for (const w of f.withdrawals) {
      dates.add(w.notifiedOn);
      dates.add(withdrawalEffectiveOn(w.notifiedOn));
      if (w.rescindedOn) dates.add(w.rescindedOn);
    }
  }
  const points = [...dates]
    .filter((d) => d <= today)
    .sort()
    .map((date) => {
      let members = 0;
      let withdrawing = 0;
      let unknown = 0;
      for (const f of facts) {
        const status = membershipStatusOn(f, date);
        if (status === "member" || status === "withdrawing") members += 1;
        if (status === "withdrawing") withdrawing += 1;
        if (status === "unknown") unknown += 1;
      }
      return { date, members, withdrawing, unknown };
    });
  return { today, points };
}
