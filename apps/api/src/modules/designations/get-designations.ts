import type { Designations } from "@cni/contracts/designations";
import { athensToday } from "@cni/domain/dates";
import type { DesignationRole } from "@cni/domain/enums";
import type { Db } from "../../db/client.ts";
import { or404 } from "../../lib/errors.ts";
import { toDesignation } from "./designation-row.ts";

/**
 * GET /api/municipalities/:id/designations — the current representative and alternate and
 * their history (members only: the route's access is `partyMember`). Whether each person
 * has an account tells the coordinator whom to invite.
 */
export async function getDesignations(
  db: Db,
  { municipalityId }: { municipalityId: string },
): Promise<Designations> {
  or404(
    await db.municipality.findUnique({ where: { id: municipalityId }, select: { id: true } }),
    "Municipality",
  );
  const stored = await db.designation.findMany({
    where: { municipalityId },
    orderBy: [{ from: "desc" }, { createdAt: "desc" }],
  });
  // Designations end with the party: those open when its withdrawal took effect ended on
  // its last day as a party (shown with `to` = the first day it no longer was one).
  const left = await db.withdrawal.findFirst({
    where: {
      municipalityId,
      notifiedOn: { not: null },
      rescindedOn: null,
      effectiveOn: { lte: athensToday() },
    },
    orderBy: { effectiveOn: "desc" },
    select: { effectiveOn: true },
  });
  const endedOn = left?.effectiveOn ?? null;
  const rows = stored.map((row) =>
    endedOn && row.to === null && row.from < endedOn ? { ...row, to: endedOn } : row,
  );
  const accounts = await db.user.findMany({
    where: { email: { in: [...new Set(rows.map((r) => r.email.trim().toLowerCase()))] } },
    select: { email: true },
  });
  const withAccount = new Set(accounts.map((a) => a.email));
  const show = (row: (typeof rows)[number]) =>
    toDesignation(row, withAccount.has(row.email.trim().toLowerCase()));
  const current = (role: DesignationRole) => rows.find((r) => r.role === role && r.to === null);
  const representative = current("representative");
  const alternate = current("alternate");
  return {
    representative: representative ? show(representative) : null,
    alternate: alternate ? show(alternate) : null,
    history: rows.map(show),
  };
}
