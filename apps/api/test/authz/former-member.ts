import { withdrawalDeadline } from "@cni/domain/withdrawal";
import type { TestContext } from "../helpers.ts";

/**
 * Makes a seeded member a former one: a withdrawal notified on 2025-01-10, effective since
 * 2025-01-26 (stored directly, as the withdrawals module would have recorded it).
 */
export async function makeFormerMember(ctx: TestContext, municipalityId: string) {
  const notifiedOn = "2025-01-10";
  await ctx.db.withdrawal.create({
    data: {
      municipalityId,
      status: "effective",
      decisionNumber: "3/2025",
      decisionDate: "2025-01-08",
      notifiedOn,
      ...withdrawalDeadline(notifiedOn),
    },
  });
}
